import Mustache
import Testing

/// A template that fails to parse, with the exact error and message it must give.
struct ParseErrorCase: Sendable, CustomTestStringConvertible {
    /// The template's source.
    let source: String
    /// The line the error must point at.
    let line: Int
    /// The column the error must point at.
    let column: Int
    /// What the error must say went wrong.
    let reason: MustacheError.Reason
    /// The whole message, in compiler form.
    let message: String

    /// The message, as Swift Testing lists the argument.
    var testDescription: String { message }

    /// One case per kind of parse error, plus columns counted past a non-ASCII letter.
    static let all: [ParseErrorCase] = [
        .init(
            source: "<ul>\n  {{#users}}\n  <li>{{name}}</li>\n", line: 2, column: 3, reason: .unclosedSection("users"),
            message: "page.mustache:2:3: error: unclosed section 'users'"),
        .init(
            source: "{{<layout}}{{$title}}Hi{{/title}}", line: 1, column: 1, reason: .unclosedSection("layout"),
            message: "page.mustache:1:1: error: unclosed section 'layout'"),
        .init(
            source: "{{#users}}{{#admin}}{{/users}}", line: 1, column: 21,
            reason: .mismatchedClosingTag(expected: "admin", found: "users"),
            message: "page.mustache:1:21: error: closing tag 'users' does not match open section 'admin'"),
        .init(
            source: "done\n{{/users}}", line: 2, column: 1, reason: .unexpectedClosingTag("users"),
            message: "page.mustache:2:1: error: closing tag 'users' has no open section"),
        .init(
            source: "Hello {{name", line: 1, column: 7, reason: .unclosedTag(expected: "}}"),
            message: "page.mustache:1:7: error: unclosed tag, expected '}}'"),
        .init(
            source: "{{{html}}", line: 1, column: 1, reason: .unclosedTag(expected: "}}}"),
            message: "page.mustache:1:1: error: unclosed tag, expected '}}}'"),
        .init(
            source: "{{=<% %>=}}\n<%name", line: 2, column: 1, reason: .unclosedTag(expected: "%>"),
            message: "page.mustache:2:1: error: unclosed tag, expected '%>'"),
        .init(
            source: "a {{ }}", line: 1, column: 3, reason: .emptyTag,
            message: "page.mustache:1:3: error: empty tag"),
        .init(
            source: "{{#}}{{/}}", line: 1, column: 1, reason: .emptyTag,
            message: "page.mustache:1:1: error: empty tag"),
        .init(
            source: "{{first name}}", line: 1, column: 1, reason: .invalidName("first name"),
            message: "page.mustache:1:1: error: invalid name 'first name'"),
        .init(
            source: "{{user..name}}", line: 1, column: 1, reason: .invalidName("user..name"),
            message: "page.mustache:1:1: error: invalid name 'user..name'"),
        .init(
            source: "{{> two words}}", line: 1, column: 1, reason: .invalidName("two words"),
            message: "page.mustache:1:1: error: invalid name 'two words'"),
        .init(
            source: "{{=<%=}}", line: 1, column: 1, reason: .invalidDelimiters("<%"),
            message: "page.mustache:1:1: error: invalid delimiter change '<%'"),
        .init(
            source: "{{= <= => =}}", line: 1, column: 1, reason: .invalidDelimiters("<= =>"),
            message: "page.mustache:1:1: error: invalid delimiter change '<= =>'"),
        .init(
            // Columns count Unicode scalars, so the accented letter is one column, not two bytes.
            source: "Café {{#open}}", line: 1, column: 6, reason: .unclosedSection("open"),
            message: "page.mustache:1:6: error: unclosed section 'open'"),
    ]
}

/// Each parse error's exact value and message.
@Suite("Parse errors")
struct ParseErrorTests {
    @Test("A malformed template gives the exact error and message", arguments: ParseErrorCase.all)
    func parseError(_ example: ParseErrorCase) {
        let error = loadError(["page": example.source])
        let expected = MustacheError(
            template: "page", line: example.line, column: example.column, reason: example.reason)
        #expect(error?.errors == [expected])
        #expect(error?.description == example.message)
    }

    @Test("Every broken template is reported, sorted by name, and good ones do not hide them")
    func batch() {
        let error = loadError(["zeta": "{{#a}}", "good": "fine", "alpha": "{{/b}}", "partials/row": "{{x"])
        #expect(
            error?.errors == [
                MustacheError(template: "alpha", line: 1, column: 1, reason: .unexpectedClosingTag("b")),
                MustacheError(template: "partials/row", line: 1, column: 1, reason: .unclosedTag(expected: "}}")),
                MustacheError(template: "zeta", line: 1, column: 1, reason: .unclosedSection("a")),
            ])
        #expect(
            error?.description == """
                alpha.mustache:1:1: error: closing tag 'b' has no open section
                partials/row.mustache:1:1: error: unclosed tag, expected '}}'
                zeta.mustache:1:1: error: unclosed section 'a'
                """)
    }
}
