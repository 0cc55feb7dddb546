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
}
