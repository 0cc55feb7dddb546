/// The fragment of each file of an export, held only for the files that have something in theirs.
///
/// A shard keeps nothing of most files it reads (the messages of other shards' users), and an empty
/// `ExportFragment` still takes 128 bytes: an array of one per file held 15 MB at 10,000 users. Here an empty
/// file costs 4 bytes. Fragments are given back in file order, whatever order they were stored in.
struct HeldFragments {
    /// Per file, where its fragment is in `held`, or -1 for a file whose fragment is empty.
    private var slots: [Int32]
    private var held: [ExportFragment] = []

    /// Room for the fragments of `count` files, all empty.
    init(count: Int) { slots = Array(repeating: -1, count: count) }

    /// The number of files.
    var count: Int { slots.count }

    /// The fragment of the file at `index`: an empty one for a file whose fragment was never stored.
    subscript(index: Int) -> ExportFragment {
        get { slots[index] < 0 ? ExportFragment() : held[Int(slots[index])] }
        set {
            if slots[index] >= 0 {
                held[Int(slots[index])] = newValue
                forgetIfEmpty(index)
            } else if !newValue.isEmpty {
                slots[index] = Int32(held.count)
                held.append(newValue)
            }
        }
    }

    /// Changes the fragment of the file at `index` in place: its lists are not copied.
    mutating func update<Result>(_ index: Int, _ body: (inout ExportFragment) -> Result) -> Result {
        guard slots[index] >= 0 else {
            var fragment = ExportFragment()
            defer { self[index] = fragment }
            return body(&fragment)
        }
        defer { forgetIfEmpty(index) }
        return body(&held[Int(slots[index])])
    }

    /// Lets a held fragment that was emptied count as empty again; its place in `held` stays, unused.
    private mutating func forgetIfEmpty(_ index: Int) {
        guard held[Int(slots[index])].isEmpty else { return }
        slots[index] = -1
    }

    /// The files whose fragment is not empty, with their fragment, in file order.
    var nonEmpty: [(index: Int, fragment: ExportFragment)] {
        slots.indices.compactMap { index in slots[index] < 0 ? nil : (index, held[Int(slots[index])]) }
    }

    /// Takes every non-empty fragment out, in file order, leaving every file empty: each file's lists are
    /// moved, not copied, so that whoever takes them frees each as it is done with it.
    mutating func takeAll() -> [(index: Int, fragment: ExportFragment)] {
        var taken: [ExportFragment] = []
        swap(&taken, &held)
        var result: [(index: Int, fragment: ExportFragment)] = []
        result.reserveCapacity(taken.count)
        for index in slots.indices where slots[index] >= 0 {
            let place = Int(slots[index])
            result.append((index, taken[place]))
            taken[place] = ExportFragment()
            slots[index] = -1
        }
        return result
    }
}
