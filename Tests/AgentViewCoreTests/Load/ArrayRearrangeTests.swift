import Testing

@testable import AgentViewCore

/// The assembler sorts records by sorting their positions and then moving each record once (`rearrange`):
/// every permutation must land each element where its order says, strings intact.
@Suite struct ArrayRearrangeTests {
    @Test(
        "Position i takes the element that was at order[i]",
        arguments: [[], [0], [1, 0], [2, 0, 1], [0, 2, 1, 3], [3, 2, 1, 0], [4, 0, 3, 1, 2], [1, 2, 3, 4, 0]])
    func everyPermutationLands(order: [Int]) {
        // Long strings live on the heap: a slot moved twice or dropped would show as a wrong or freed one.
        let elements = order.indices.map { "element number \($0), long enough to be stored on the heap" }
        var rearranged = elements
        rearranged.rearrange(by: order)
        #expect(rearranged == order.map { elements[$0] })
    }

    @Test("Rearranging by sorted positions sorts, and by reversed positions reverses")
    func sortsAndReverses() {
        let words = ["pear", "apple", "fig", "banana", "cherry", "date"]
        var sorted = words
        sorted.rearrange(by: words.indices.sorted { words[$0] < words[$1] })
        #expect(sorted == words.sorted())
        var reversed = words
        reversed.rearrange(by: Array(words.indices.reversed()))
        #expect(reversed == Array(words.reversed()))
    }
}
