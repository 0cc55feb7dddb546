import Foundation
import Mustache
import Testing

/// Loading templates from folders and memory, and rendering them by name.
@Suite("Template library")
struct LibraryTests {
    /// Writes files into a fresh temporary folder and returns it.
    private func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mustache-\(UUID().uuidString)")
        for (path, contents) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
        return root
    }

    @Test("A folder's .mustache files load recursively, named by relative path without extension")
    func loadsFolder() throws {
        let root = try folder([
            "layout.mustache": "<main>{{$body}}{{/body}}</main>",
            "page.mustache": "{{<layout}}{{$body}}{{>partials/check-mark}}{{/body}}{{/layout}}",
            "partials/check-mark.mustache": "{{#done}}✓{{/done}}",
            "partials/deeper/note.mustache": "n",
            "README.md": "not a template",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let library = try MustacheLibrary(folder: root)
        #expect(library.names == ["layout", "page", "partials/check-mark", "partials/deeper/note"])
        #expect(try library.render("page", ["done": true], strict: true) == "<main>✓</main>")
    }

    @Test("Every broken template in a folder is reported under its own name")
    func folderErrors() throws {
        let root = try folder(["ok.mustache": "fine", "b/row.mustache": "{{#x}}", "a.mustache": "\n {{y"])
        defer { try? FileManager.default.removeItem(at: root) }
        let error = #expect(throws: MustacheLoadError.self) { try MustacheLibrary(folder: root) }
        #expect(
            error?.errors == [
                MustacheError(template: "a", line: 2, column: 2, reason: .unclosedTag(expected: "}}")),
                MustacheError(template: "b/row", line: 1, column: 1, reason: .unclosedSection("x")),
            ])
    }

    @Test("A file that is not UTF-8 is reported with its path")
    func unreadableFile() throws {
        let root = try folder(["ok.mustache": "fine"])
        defer { try? FileManager.default.removeItem(at: root) }
        let bad = root.appendingPathComponent("bad.mustache")
        try Data([0xFF, 0xFE, 0x00]).write(to: bad)
        let error = #expect(throws: MustacheLoadError.self) { try MustacheLibrary(folder: root) }
        let path = bad.standardizedFileURL.path
        #expect(error?.errors == [MustacheError(template: "bad", line: 0, column: 0, reason: .unreadable(path: path))])
        #expect(error?.description == "bad.mustache: error: cannot read '\(path)'")
    }

    @Test("A missing folder is an error naming the folder")
    func missingFolder() {
        let root = URL(fileURLWithPath: "/nonexistent/templates")
        let error = #expect(throws: MustacheLoadError.self) { try MustacheLibrary(folder: root) }
        #expect(error?.description == "error: cannot read '/nonexistent/templates'")
    }

    @Test("An in-memory library works like a folder: every template is every other's partial")
    func inMemory() throws {
        let library = try MustacheLibrary(templates: ["b": "{{>a}}!", "a": "A{{x}}"])
        #expect(library.names == ["a", "b"])
        #expect(try library.render("b", ["x": 1]) == "A1!")
    }

    @Test("Rendering the same library concurrently gives the same page every time")
    func concurrent() async throws {
        let library = try MustacheLibrary(templates: ["page": "{{#rows}}<td>{{name}}</td>{{/rows}}"])
        let context: MustacheValue = ["rows": .list((0..<50).map { ["name": .string("row \($0)")] })]
        let expected = try library.render("page", context)
        let pages = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask { try library.render("page", context) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(pages == Array(repeating: expected, count: 8))
    }

    @Test("A page rendered into a reused buffer holds exactly its own bytes, however large or small")
    func renderIntoBuffer() throws {
        let library = try MustacheLibrary(templates: ["page": "{{#rows}}<td>{{name}}</td>\n{{/rows}}{{{tail}}}"])
        var buffer: [UInt8] = []
        // Rows of every size up to a page of megabytes, then a small page after the large one.
        for rows in [0, 1, 7, 300, 40_000, 2] {
            let context: MustacheValue = [
                "rows": .list((0..<rows).map { ["name": .string("row <\($0)> é")] }), "tail": "&end",
            ]
            try library.render("page", context, into: &buffer)
            #expect(String(decoding: buffer, as: UTF8.self) == (try library.render("page", context)))
            #expect(buffer.count == (0..<rows).map { "<td>row &lt;\($0)&gt; é</td>\n".utf8.count }.reduce(4, +))
        }
        #expect(throws: MustacheError.self) { try library.render("missing", nil, into: &buffer) }
        #expect(buffer.isEmpty)
    }

    @Test("The example in the module documentation renders as documented")
    func documentationExample() throws {
        let library = try MustacheLibrary(templates: [
            "layout": "<title>{{$title}}Tickets{{/title}}</title>{{$body}}{{/body}}",
            "page": "{{<layout}}{{$body}}{{#users}}{{>row}}{{/users}}{{/body}}{{/layout}}",
            "row": "<p>{{name}}</p>\n",
        ])
        let html = try library.render("page", ["users": [["name": "Ada"]]], strict: true)
        #expect(html == "<title>Tickets</title><p>Ada</p>\n")
    }
}
