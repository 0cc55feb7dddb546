/// Decides whether a URL from input may become a link.
///
/// URLs in messages come from end users and integrations. Only `https`, `http` and `mailto` links
/// are safe to follow; anything else (`javascript:`, `data:`, relative paths) is shown as text.
enum SafeLink {
    private static let schemes: Set<String> = ["https", "http", "mailto"]

    /// The URL when it may be a link, else nil.
    static func href(_ uri: String?) -> String? {
        guard let uri, let colon = uri.firstIndex(of: ":") else { return nil }
        // A scheme is ASCII letters; spaces or control characters anywhere make the URL suspect.
        guard uri.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { return nil }
        return schemes.contains(uri[..<colon].lowercased()) ? uri : nil
    }
}
