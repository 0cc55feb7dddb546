/// A growable stack that hands a run of its top elements to a new array by moving them.
///
/// `Array(stack[start...])` followed by `removeSubrange` would retain and release every element
/// of every container once more; moving instead took about a fifth off the parse time of an export.
struct MoveStack<Element>: ~Copyable {
    /// The storage, initialized for `0..<count`.
    private var base: UnsafeMutablePointer<Element>
    /// How many elements the storage holds before it must grow.
    private var capacity: Int
    /// How many elements are on the stack.
    private(set) var count = 0

    /// Creates an empty stack with room for `capacity` elements.
    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Pushes `element`.
    @inline(__always)
    mutating func append(_ element: consuming Element) {
        if count == capacity {
            grow()
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Changes the top element in place; the stack must not be empty.
    @inline(__always)
    mutating func modifyLast(_ body: (inout Element) -> Void) {
        precondition(count > 0, "modifyLast on an empty stack")
        body(&base[count - 1])
    }

    /// Pops the elements from `start` to the top, returning them in stack order.
    mutating func popArray(from start: Int) -> [Element] {
        let moved = count - start
        guard moved > 0 else { return [] }
        count = start
        return Array(unsafeUninitializedCapacity: moved) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base + start, count: moved)
            initialized = moved
        }
    }

    /// Doubles the capacity, moving the elements to new storage.
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
