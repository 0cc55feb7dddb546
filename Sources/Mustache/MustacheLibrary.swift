/// A set of Mustache templates, parsed once and rendered by name as often as needed.
///
/// This module is a Mustache engine that passes the official spec (v1.4.2: comments,
/// delimiters, interpolation, inverted, partials, sections, and the optional inheritance and
/// dynamic-names modules; lambdas are left out because values are plain data). It knows nothing
/// of the pages it renders.
///
/// ```swift
/// let library = try MustacheLibrary(templates: [
///     "layout": "<title>{{$title}}Tickets{{/title}}</title>{{$body}}{{/body}}",
///     "page": "{{<layout}}{{$body}}{{#users}}{{>row}}{{/users}}{{/body}}{{/layout}}",
///     "row": "<p>{{name}}</p>\n",
/// ])
/// let html = try library.render("page", ["users": [["name": "Ada"]]], strict: true)
/// // "<title>Tickets</title><p>Ada</p>\n"
/// ```
///
/// Every template is a partial or parent of every other, by name. Values are escaped as HTML
/// (`& < > " '`) unless a tag asks for raw output with `{{{name}}}` or `{{&name}}`. In strict
/// mode a name that no context frame defines, or a partial that does not exist, is an error
/// with its place rather than empty text, so a typo fails a test instead of a page.
///
/// A page shares a layout through a parent tag, `{{<layout}}…{{/layout}}`, whose blocks
/// `{{$name}}…{{/name}}` replace the layout's blocks of the same name. A partial or block tag
/// alone on its line indents every template line it expands to by that line's indentation, so
/// nested templates keep the page's HTML indented, unless the library is made with
/// `keepIndentation: false`, which drops whitespace that starts an output line (HTML pages read the
/// same without it, and a page of repeated parts is a tenth smaller).
public struct MustacheLibrary: Sendable {
    private let program: Program

    /// Creates a library from templates already parsed.
    init(parsed templates: [String: Template]) {
        program = Program(templates)
    }

    /// Parses templates given as name → source, reporting every template's problems at once.
    ///
    /// Names are how partial and parent tags refer to templates, such as `layout` or
    /// `partials/check-mark`; embed sources this way to ship templates inside a binary.
    ///
    /// - Parameter keepIndentation: When false, spaces and tabs that start a line of output are left
    ///   out, written in a template or added by a standalone partial; line breaks and everything
    ///   within a line stay. The spec's behaviour is the default.
    public init(templates sources: [String: String], keepIndentation: Bool = true) throws(MustacheLoadError) {
        let (templates, errors) = Self.parse(sources)
        guard errors.isEmpty else { throw MustacheLoadError(errors: errors) }
        self.init(parsed: keepIndentation ? templates : Template.unindented(templates))
    }

    /// Parses every source, keeping the templates that parse and the problems of the others.
    static func parse(_ sources: [String: String]) -> (templates: [String: Template], errors: [MustacheError]) {
        var templates: [String: Template] = [:]
        var errors: [MustacheError] = []
        for (name, source) in sources {
            do {
                templates[name] = try Template(name: name, source: source)
            } catch {
                errors.append(error)
            }
        }
        return (templates, errors)
    }

    /// The names of the templates, sorted.
    public var names: [String] {
        program.templateNumbers.keys.sorted()
    }

    /// Renders the named template against a context value.
    ///
    /// - Parameters:
    ///   - name: The template to render.
    ///   - context: The root of the context stack, usually a map.
    ///   - strict: Whether a name no context frame defines, or a missing partial, is an error
    ///     instead of empty text. A name present with the value `null` is defined.
    /// - Returns: The rendered text.
    public func render(_ name: String, _ context: MustacheValue, strict: Bool = false) throws(MustacheError)
        -> String
    {
        guard let template = program.templateNumbers[name] else {
            throw MustacheError(template: name, line: 0, column: 0, reason: .unknownTemplate(name))
        }
        var renderer = Renderer(program: program, root: context, strict: strict)
        try renderer.render(program.templates[template], [:])
        return renderer.output.bytes.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders the named template into a caller's buffer as UTF-8, replacing what it held.
    ///
    /// The buffer's capacity is reused, so rendering many pages into one buffer grows it only when a
    /// page is larger than any before it. On an error the buffer is left empty.
    public func render(
        _ name: String, _ context: MustacheValue, into buffer: inout [UInt8], strict: Bool = false
    ) throws(MustacheError) {
        buffer.removeAll(keepingCapacity: true)
        guard let template = program.templateNumbers[name] else {
            throw MustacheError(template: name, line: 0, column: 0, reason: .unknownTemplate(name))
        }
        var renderer = Renderer(program: program, root: context, strict: strict)
        try renderer.render(program.templates[template], [:])
        renderer.output.bytes.withBytes { buffer.append(contentsOf: $0) }
    }
}
