extension Array {
    /// Moves the elements so that position `i` holds the element that was at `order[i]`; `order` must be a
    /// permutation of the indices.
    ///
    /// Sorting a million 152-byte messages directly moves each about log n times and takes a buffer of half
    /// the array (76 MB); the assembler sorts their positions instead and then moves each element into place
    /// once, following the permutation's cycles. Elements are moved by their bytes, never copied: `swapAt`
    /// copies both elements, retaining and releasing every string a record holds.
    mutating func rearrange(by order: [Int]) {
        precondition(order.count == count, "an order for every element")
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in order.indices where !placed[start] {
                // The cycle through `start` shifts by one: each slot takes its element from the next slot.
                let first = (base + start).move()
                var current = start
                while true {
                    placed[current] = true
                    let next = order[current]
                    if next == start {
                        (base + current).initialize(to: first)
                        break
                    }
                    (base + current).moveInitialize(from: base + next, count: 1)
                    current = next
                }
            }
        }
    }
}
