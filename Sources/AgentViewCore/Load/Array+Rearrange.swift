extension Array {
    /// Moves the elements so that position `i` holds the element that was at `order[i]`; `order` must be a
    /// permutation of the indices.
    ///
    /// Sorting a million 176-byte messages directly moves each about log n times and takes a buffer of half
    /// the array (88 MB); the assembler sorts their positions instead and then swaps each element into place
    /// once, following the permutation's cycles, without copying any record (a copy retains every string).
    mutating func rearrange(by order: [Int]) {
        precondition(order.count == count, "an order for every element")
        var placed = [Bool](repeating: false, count: count)
        for start in order.indices where !placed[start] {
            var current = start
            while true {
                placed[current] = true
                let next = order[current]
                if next == start { break }
                swapAt(current, next)
                current = next
            }
        }
    }
}
