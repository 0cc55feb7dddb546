import Foundation
import JSONTree
import Testing

@testable import AgentViewCore
@testable import Mustache

/// One escaping function per sink, each run on the same hostile corpus: every string value of the
/// hostile fixture export (rulebook §12, "Escaping for every sink").
@Suite("Every sink's escaping on one hostile corpus")
struct EscapingSinksTests {
    /// Every string in every file of the hostile export, keys included.
    static let corpus: [String] = {
        var strings: Set<String> = []
        func collect(_ value: JSONValue) {
            if let string = value.string { strings.insert(string) }
            if let array = value.array { array.forEach(collect) }
            if let object = value.object {
                for member in object.members {
                    strings.insert(member.key)
                    collect(member.value)
                }
            }
        }
        let folder = PackagePaths.root.appendingPathComponent("Tests/Fixtures/hostile-export")
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: folder.path + "/" + path) else { continue }
            if let document = try? JSONReader.parse([UInt8](data)) { collect(document) }
            for line in (try? JSONReader.parseLines([UInt8](data))) ?? [] { collect(line) }
        }
        // Plus what each sink is most afraid of.
        strings.formUnion([
            "\u{1B}]0;x\u{07}", "a\n::error::b", "\u{202E}evil", "https://evil.example", "www.evil.example",
            "@org/team",
            "octo/repo#1", "GH-1", "`code`", "<script>", "../../etc/passwd", "CON", ".hidden",
        ])
        return strings.sorted()
    }()

    @Test("The corpus is the hostile one, not empty")
    func theCorpusIsHostile() {
        #expect(Self.corpus.count > 50)
        #expect(Self.corpus.contains { $0.contains("<script>") })
        #expect(Self.corpus.contains { $0.unicodeScalars.contains { $0.value == 0x202E } })
    }

    @Test("HTML: no value can open a tag, an entity or leave an attribute")
    func html() {
        for value in Self.corpus {
            let bytes = OutputBytes(capacity: 0)
            HTMLEscaper.append(value, to: bytes)
            #expect(bytes.withBytes { !$0.contains(where: { "<>\"'\u{0}".utf8.contains($0) }) }, "\(value)")
        }
    }

    @Test("Terminal and CI logs: no control, line break or bidi control survives")
    func terminal() {
        for value in Self.corpus {
            let shown = TerminalText.safe(value)
            #expect(
                !shown.unicodeScalars.contains {
                    $0.value < 0x20 || $0.value == 0x7F || LookalikeText.isBidiControl($0)
                })
        }
    }

    @Test("Markdown: escaped prose leaves GitHub nothing to link, mention or format")
    func markdown() {
        for value in Self.corpus where !value.contains("\n") {
            let prose = MarkdownInline.escaped(Substring(value)).lowercased()
            for live in ["://", "www.", "#1", "gh-1"] { #expect(!prose.contains(live), "\(value) → \(prose)") }
            #expect(!prose.contains("@") || prose.contains("@\u{2060}"), "\(value)")
            #expect(!prose.contains("`") || prose.contains("\\`"), "\(value)")
        }
    }

    @Test("File names: only a–z, 0–9, _ and -, never a dot first, never a path")
    func fileNames() {
        for value in Self.corpus {
            let stem = SafeFileName.stem(for: value)
            #expect(!stem.isEmpty && !stem.hasPrefix("."), "\(value)")
            #expect(
                stem.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
                }, "\(value) → \(stem)")
        }
    }
}
