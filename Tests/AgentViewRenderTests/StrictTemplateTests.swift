import AgentViewCore
import Foundation
import Mustache
import Testing

@testable import AgentViewRender

/// Templates render in strict mode: every name they use is defined by the view models, and a typo
/// fails with the template's name and line instead of leaving a blank on a page.
@Suite struct StrictTemplateTests {
    @Test("Every page and every report of the sample renders in strict mode")
    func everyPage() throws {
        let site = try SampleSite.load()
        #expect(site.pages.count == 2 + site.view.users.count + site.view.tickets.count)
        for user in site.view.users {
            #expect(try !site.renderer.report(for: user, in: site.view).isEmpty)
        }
    }

    @Test("A misspelt name in a copy of the templates fails with the template, line and column")
    func typo() throws {
        var files = EmbeddedTemplates.files
        let path = "partials/essentials-card.mustache"
        let source = try #require(files[path])
        let typo = try #require(source.range(of: "{{email}}"))
        files[path] = source.replacingCharacters(in: typo, with: "{{emial}}")
        let line = source[..<typo.lowerBound].filter { $0 == "\n" }.count + 1
        let column = source[..<typo.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).last!.count + 1

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agentview-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let site = try SampleSite.load()
        let renderer = try #require(PageRenderer(templates: try TemplateSet(folder: folder), timeZone: "UTC"))
        let error = try #require(throws: TemplateError.self) { try renderer.site(site.view) }
        #expect(
            error.errors == [
                MustacheError(
                    template: "partials/essentials-card", line: line, column: column, reason: .unknownName("emial"))
            ])
        #expect(
            error.description
                == "\(folder.path)/partials/essentials-card.mustache:\(line):\(column): error: unknown name 'emial'")
    }

    @Test("A template folder without the stylesheet, or with a broken template, is refused with every problem")
    func brokenFolder() throws {
        var files = EmbeddedTemplates.files
        files["style.css"] = nil
        #expect(throws: TemplateError.self) { try TemplateSet(files: files, folder: "copy") }
        files = EmbeddedTemplates.files
        files["index.mustache"] = "{{#counts}}"
        files["user.mustache"] = "{{/nothing}}"
        let error = try #require(throws: TemplateError.self) { try TemplateSet(files: files, folder: "copy") }
        #expect(
            error.description.split(separator: "\n").map { $0.prefix(while: { $0 != ":" }) } == [
                "copy/index.mustache", "copy/user.mustache",
            ])
    }
}
