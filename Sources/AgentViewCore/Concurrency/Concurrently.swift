import Dispatch

/// Independent work spread over every core, with results in the order of the work, never in the order it
/// finished: what comes out is the same on one core or many.
///
/// For the steps of building a view that do not depend on each other (the diagnostic rules, a hidden user's
/// conversations beside the tickets' transcripts); pages are spread by `SiteWriter`, files by `ExportLoader`.
enum Concurrently {
    /// `transform` of each of `0..<count`, run on every core; the results are in index order.
    static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(transform(index), at: index) }
        return slots.takeAll()
    }

    /// `first` and `second` run at once; returns when both are done.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstSlot = Slots<First>(count: 1)
        let secondSlot = Slots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstSlot.store(first(), at: 0) } else { secondSlot.store(second(), at: 0) }
        }
        return (firstSlot.takeAll()[0], secondSlot.takeAll()[0])
    }

    /// `elements` sorted as `sorted(by:)` sorts them, equal elements in their order: each half sorted on its own
    /// core, then the halves merged. Lists too short to gain from it are sorted on the calling thread.
    static func sorted<Element: Sendable>(
        _ elements: [Element], by areInIncreasingOrder: @Sendable (Element, Element) -> Bool
    ) -> [Element] {
        guard elements.count >= parallelSortMinimum else { return elements.sorted(by: areInIncreasingOrder) }
        let middle = elements.count / 2
        let (left, right) = both(
            { elements[..<middle].sorted(by: areInIncreasingOrder) },
            { elements[middle...].sorted(by: areInIncreasingOrder) })
        var merged: [Element] = []
        merged.reserveCapacity(elements.count)
        var (leftIndex, rightIndex) = (0, 0)
        while leftIndex < left.count && rightIndex < right.count {
            // The left element first unless the right one is strictly smaller: equal elements keep their order.
            if areInIncreasingOrder(right[rightIndex], left[leftIndex]) {
                merged.append(right[rightIndex])
                rightIndex += 1
            } else {
                merged.append(left[leftIndex])
                leftIndex += 1
            }
        }
        merged.append(contentsOf: left[leftIndex...])
        merged.append(contentsOf: right[rightIndex...])
        return merged
    }

    /// Below this many elements a sort on one core is as quick as starting a second.
    static let parallelSortMinimum = 1 << 14

    /// One slot per piece of work, each written once by the thread that did it and read after all are done
    /// (`concurrentPerform` returns only then), so the slots need no lock.
    private final class Slots<Result>: @unchecked Sendable {
        private let results: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            results = .allocate(capacity: count)
            results.initialize(repeating: nil)
        }

        deinit {
            results.deinitialize()
            results.deallocate()
        }

        func store(_ result: Result, at index: Int) { results[index] = result }

        func takeAll() -> [Result] {
            var taken: [Result] = []
            taken.reserveCapacity(results.count)
            for index in results.indices { taken.append(results[index].take()!) }
            return taken
        }
    }
}
