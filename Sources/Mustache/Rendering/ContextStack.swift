/// The values a template is rendered against, innermost (the current section's value) last.
struct ContextStack {
    private var frames: [MustacheValue]

    /// Creates a stack holding the root value.
    init(root: MustacheValue) {
        frames = [root]
    }

    /// Makes a value the innermost frame.
    mutating func push(_ value: MustacheValue) {
        frames.append(value)
    }

    /// Removes the innermost frame.
    mutating func pop() {
        frames.removeLast()
    }

    /// Finds a name's value, or returns `nil` when no frame defines it.
    ///
    /// The first dotted part is looked up from the innermost frame outwards; the other parts
    /// only inside what it found, so a broken chain is a miss and never falls back to an outer
    /// frame (interpolation.json, "Dotted Names - Broken Chain Resolution").
    func lookup(_ name: Name) -> MustacheValue? {
        guard let head = name.components.first else { return frames.last }
        for frame in frames.reversed() {
            guard case .map(let entries) = frame, var value = entries[head] else { continue }
            for part in name.components.dropFirst() {
                guard case .map(let entries) = value, let next = entries[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
