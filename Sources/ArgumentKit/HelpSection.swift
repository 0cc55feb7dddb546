/// A titled list of help entries, such as `OPTIONS:`.
struct HelpSection: Equatable, Sendable {
    /// The heading without its colon, in capitals: `OPTIONS`.
    var title: String
    /// The entries in the order shown.
    var entries: [HelpEntry]

    /// The heading and its entries, or nothing when there are no entries.
    func rendered(width: Int) -> String {
        guard !entries.isEmpty else { return "" }
        return "\(title):\n" + entries.map { $0.rendered(width: width) }.joined()
    }
}
