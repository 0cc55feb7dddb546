import AgentViewCLI
import AgentViewCore
import AgentViewRender
import Foundation
import Testing

/// Pages read messages' texts from the export's files again (`MessageText`): when a file changed after the
/// export was loaded, the render fails, naming it, and the output folder is left as it was.
@Suite struct ExportChangedTests {
    @Test("A messages file changed between loading and writing fails the render and keeps the old output")
    func changedFileKeepsTheOutput() throws {
        let root = try makeTemporaryFolder("export-changed")
        defer { try? FileManager.default.removeItem(at: root) }
        let export = root.appendingPathComponent("export")
        try FileManager.default.copyItem(at: sampleExport, to: export)
        let output = root.appendingPathComponent("site")
        #expect(runCLI(["render", export.path, "--out", output.path, "--quiet"]).status == 0)
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))

        let view = AgentView(export: try ExportLoader().load(directory: export.path))
        // Every messages file rewritten with its own bytes: the same content, but no longer the file loaded.
        let files = FileManager.default.enumerator(atPath: export.path)
        var rewritten = 0
        while let path = files?.nextObject() as? String {
            guard path.hasSuffix("messages.json") else { continue }
            let url = export.appendingPathComponent(path)
            let bytes = try Data(contentsOf: url)
            try FileManager.default.removeItem(at: url)
            try bytes.write(to: url)
            rewritten += 1
        }
        #expect(rewritten > 3)
        let renderer = try #require(PageRenderer(templates: try TemplateSet.builtIn(), timeZone: "UTC"))
        let error = #expect(throws: ExportChanged.self) {
            try SiteOutput.write(view, with: renderer, to: output.path, inputs: [export.path])
        }
        #expect(error?.description.contains("messages.json") == true)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
    }
}
