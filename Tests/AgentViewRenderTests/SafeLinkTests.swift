import Testing

@testable import AgentViewRender

/// Only https, http and mailto URLs from input may become links.
@Suite struct SafeLinkTests {
    @Test(
        "Safe schemes become links",
        arguments: ["https://example.com/a?b=1", "HTTP://example.com", "mailto:help@example.com"])
    func safe(uri: String) {
        #expect(SafeLink.href(uri) == uri)
    }

    @Test(
        "Anything else stays text",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x", "/etc/passwd",
            "../users/x.html",
            "https://exa mple.com", "https://example.com/\n", "java\tscript:alert(1)", "",
        ])
    func unsafe(uri: String) {
        #expect(SafeLink.href(uri) == nil)
    }
}
