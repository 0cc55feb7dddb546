import Dispatch
import Foundation

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

    /// `transform` of each of `0..<count`, on `threads` threads of their own rather than a thread per core, for
    /// work that mostly waits on the disk: listing a folder whose blocks are not in memory takes a read of a
    /// few kilobytes, and with a thread per core the disk was given two requests at a time (listing the 11,000
    /// folders of a 1,000-user export took 1.1 s that way, 0.58 s with sixteen). The results are in index order.
    static func mapWaiting<Result: Sendable>(
        _ count: Int, threads: Int = 16, _ transform: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: count)
        let workers = min(threads, count)
        guard workers > 1 else {
            for index in 0..<count { slots.store(transform(index), at: index) }
            return slots.takeAll()
        }
        // The threads hold `transform` until they end, which may be after the last one says it is done: it
        // escapes, and cannot be lent for the call only.
        let next = NextIndex()
        let done = DispatchGroup()
        for _ in 0..<workers {
            done.enter()
            let worker = Thread {
                while let index = next.take(below: count) { slots.store(transform(index), at: index) }
                done.leave()
            }
            worker.start()
        }
        done.wait()
        return slots.takeAll()
    }

    /// The next index to work on, handed out once each.
    private final class NextIndex: @unchecked Sendable {
        private var next = 0
        private let lock = NSLock()

        func take(below count: Int) -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }
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

    /// `transform` of each of `elements`, in the order `sorted(by:)` gives them (equal elements in their order):
    /// each half is sorted in place on its own core, and the halves are merged straight into the results, so
    /// that no sorted copy of the elements is made. Lists too short to gain from it are sorted on one core.
    static func sorted<Element: Sendable, Result>(
        _ elements: consuming [Element], by areInIncreasingOrder: @Sendable (Element, Element) -> Bool,
        _ transform: (Element) -> Result
    ) -> [Result] {
        var elements = elements
        guard elements.count >= parallelSortMinimum else {
            elements.sort(by: areInIncreasingOrder)
            return elements.map(transform)
        }
        let middle = elements.count / 2
        return elements.withUnsafeMutableBufferPointer { buffer in
            let halves = SendableBuffer(buffer: buffer)
            _ = map(2) { half in
                let range = half == 0 ? 0..<middle : middle..<halves.buffer.count
                var half = UnsafeMutableBufferPointer(rebasing: halves.buffer[range])
                half.sort(by: areInIncreasingOrder)
            }
            var merged: [Result] = []
            merged.reserveCapacity(buffer.count)
            var (left, right) = (0, middle)
            while left < middle && right < buffer.count {
                // The left element first unless the right one is strictly smaller: equal elements keep their order.
                if areInIncreasingOrder(buffer[right], buffer[left]) {
                    merged.append(transform(buffer[right]))
                    right += 1
                } else {
                    merged.append(transform(buffer[left]))
                    left += 1
                }
            }
            for index in left..<middle { merged.append(transform(buffer[index])) }
            for index in right..<buffer.count { merged.append(transform(buffer[index])) }
            return merged
        }
    }

    /// A buffer whose halves two threads sort at once: each touches only its own elements.
    private struct SendableBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
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
