/// The values a template is rendered against, innermost (the current section's value) last.
struct ContextStack {
    /// The frames' values where a frame is not a map, for the implicit iterator `.`; nil for a map.
    private var values: [MustacheValue?]
    /// The frames' entries where a frame is a map, kept apart so that a lookup reads them in
    /// place instead of copying each frame's value. A map is held here only, so that pushing one
    /// retains it once.
    private var maps: [MustacheMap?]

    /// Creates a stack holding the root value.
    init(root: MustacheValue) {
        values = []
        maps = []
        push(root)
    }

    /// Makes a value the innermost frame.
    mutating func push(_ value: MustacheValue) {
        if case .map(let entries) = value {
            values.append(nil)
            maps.append(entries)
        } else {
            values.append(value)
            maps.append(nil)
        }
    }

    /// Removes the innermost frame.
    mutating func pop() {
        values.removeLast()
        maps.removeLast()
    }

    /// Finds a name's value in the program, or returns `nil` when no frame defines it.
    ///
    /// The first dotted part is looked up from the innermost frame outwards; the other parts
    /// only inside what it found, so a broken chain is a miss and never falls back to an outer
    /// frame (interpolation.json, "Dotted Names - Broken Chain Resolution").
    func lookup(_ name: Program.DottedName, in program: Program) -> MustacheValue? {
        guard name.count > 0 else { return values[values.count - 1] ?? maps[maps.count - 1].map(MustacheValue.map) }
        let head = program.keys[name.start]
        var index = maps.count - 1
        while index >= 0 {
            if var value = maps[index]?[head] {
                for part in name.start + 1..<name.start + name.count {
                    guard case .map(let entries) = value, let next = entries[program.keys[part]] else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }
}
