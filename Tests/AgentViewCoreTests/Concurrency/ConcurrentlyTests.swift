import Foundation
import Testing

@testable import AgentViewCore

/// The view's independent steps run on every core (`Concurrently`); what they give back must not depend on
/// which finished first, or a render would differ between one core and two.
@Suite struct ConcurrentlyTests {
    @Test func mapKeepsTheOrderOfTheWorkNotOfItsEnd() {
        // The early indices sleep longest, so on two cores they finish last.
        let results = Concurrently.map(16) { index in
            usleep(useconds_t((16 - index) * 500))
            return "item \(index)"
        }
        #expect(results == (0..<16).map { "item \($0)" })
    }

    @Test func mapOfNothingIsEmpty() {
        #expect(Concurrently.map(0) { $0 }.isEmpty)
    }

    @Test("work that waits runs on threads of its own, many at once, results in the order of the work")
    func mapWaitingOverlapsTheWaits() {
        // Each piece of work waits 20 ms; how many wait at once is counted, not timed.
        let counter = InFlight()
        let results = Concurrently.mapWaiting(64) { index in
            counter.enter()
            usleep(useconds_t(20_000 + (64 - index) * 50))
            counter.leave()
            return "item \(index)"
        }
        #expect(results == (0..<64).map { "item \($0)" })
        // Sixteen threads, whatever the number of cores: a thread per core would wait two at a time here.
        #expect(counter.most >= 8, "at most \(counter.most) at once")
        #expect(Concurrently.mapWaiting(0) { $0 }.isEmpty)
        #expect(Concurrently.mapWaiting(1) { $0 + 1 } == [1])
        #expect(Concurrently.mapWaiting(3, threads: 8) { $0 * 2 } == [0, 2, 4])
    }

    /// How many pieces of work are running, and the most that ran at once.
    private final class InFlight: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var most = 0

        func enter() {
            lock.withLock {
                now += 1
                most = max(most, now)
            }
        }

        func leave() { lock.withLock { now -= 1 } }
    }

    @Test func bothGivesEachResultItsOwnPlace() {
        // The first finishes last, and both give the same type: swapped results would show.
        let (first, second) = Concurrently.both(
            { () -> String in
                usleep(2_000)
                return "first"
            }, { "second" })
        #expect(first == "first")
        #expect(second == "second")
    }

    @Test func sortedIsTheOneCoreSortWithEqualElementsInTheirOrder() {
        // Pairs sorted by their key only: many equal keys, across both halves, must keep their first order.
        var seed: UInt64 = 12_345
        let pairs = (0..<(Concurrently.parallelSortMinimum * 3 + 7)).map { index in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (key: Int(seed >> 54), index: index)
        }
        let byKey: @Sendable ((key: Int, index: Int), (key: Int, index: Int)) -> Bool = { $0.key < $1.key }
        let sorted = Concurrently.sorted(pairs, by: byKey) { $0 }
        #expect(sorted.map(\.index) == pairs.sorted(by: byKey).map(\.index))
        #expect(sorted.map(\.key) == pairs.map(\.key).sorted())
        #expect(
            zip(sorted, sorted.dropFirst()).allSatisfy { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
        )
    }

    @Test func sortedOfFewIsSortedToo() {
        let few: [String] = Concurrently.sorted([3, 1, 2], by: { $0 < $1 }) { "\($0)" }
        #expect(few == ["1", "2", "3"])
        let none: [Int] = Concurrently.sorted([Int](), by: { $0 < $1 }) { $0 }
        #expect(none.isEmpty)
    }
}
