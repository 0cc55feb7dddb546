import Foundation
import Testing

@testable import AgentViewCLI

/// `OutputFolder` swaps a rendered folder in whole: a failure anywhere leaves the previous output as it
/// was and no temporary folder behind, and nothing is written through a symbolic link.
@Suite("Output folder: atomic, and never through a link")
struct OutputFolderTests {
    /// A previous output, as a render leaves it.
    static let previous = [
        "index.html": "old index", "snapshot.json": "{}", "users/support-1.html": "old user",
        "tickets/1.html": "old ticket",
    ]
    /// A new output of eight pages.
    static let pages: [(path: String, contents: String)] =
        [("snapshot.json", "{\"new\": true}"), ("index.html", "new index"), ("diagnostics.html", "new diagnostics")]
        + (1...3).map { ("users/support-\($0).html", "user \($0)") }
        + (1...2).map { ("tickets/\($0).html", "ticket \($0)") }

    // MARK: - Failing half-way

    /// A page whose name no file system takes (over 255 bytes), so its write fails wherever it stands.
    static let unwritable = (path: "users/" + String(repeating: "x", count: 300) + ".html", contents: "never")

    @Test("A write failing at any point leaves the previous output and no temporary folder", arguments: [0, 1, 4, 8])
    func failedWriteKeepsThePreviousOutput(failingAt index: Int) throws {
        try withScratchFolder("agentview-atomic") { root throws in
            let out = root.appendingPathComponent("out")
            try writeFiles(Self.previous, under: out)
            let before = FolderSnapshot(out)
            var files = Self.pages
            files.insert(Self.unwritable, at: index)
            #expect(throws: (any Error).self) { try OutputFolder(path: out.path).replace(with: files) }
            #expect(FolderSnapshot(out) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
        }
    }

    @Test("A first output that fails leaves nothing at all")
    func failedFirstWriteLeavesNothing() throws {
        try withScratchFolder("agentview-atomic") { root throws in
            let out = root.appendingPathComponent("out")
            #expect(throws: (any Error).self) {
                try OutputFolder(path: out.path).replace(with: Self.pages + [Self.unwritable])
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
        }
    }

    @Test(
        "A page path that leaves the folder is refused before the swap",
        arguments: ["../escape.html", "users/../../escape.html", "./../escape.html"])
    func escapingPathsAreRefused(path: String) throws {
        try withScratchFolder("agentview-escape") { root throws in
            let out = root.appendingPathComponent("out")
            try writeFiles(Self.previous, under: out)
            let before = FolderSnapshot(out)
            #expect(throws: OutputFolder.Problem.escapesFolder(path: path)) {
                try OutputFolder(path: out.path).replace(with: Self.pages + [(path, "escaped")])
            }
            #expect(FolderSnapshot(out) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
        }
    }

    @Test("Two pages for one file are refused, so neither silently replaces the other")
    func duplicatePathsAreRefused() throws {
        try withScratchFolder("agentview-duplicate") { root throws in
            let out = root.appendingPathComponent("out")
            #expect(throws: OutputFolder.Problem.duplicatePath(path: "users/./support-1.html")) {
                try OutputFolder(path: out.path).replace(with: Self.pages + [("users/./support-1.html", "other")])
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
        }
    }

    @Test("A file where the folder should be is not deleted")
    func aFileIsNotReplaced() throws {
        try withScratchFolder("agentview-file") { root throws in
            let out = root.appendingPathComponent("notes.html")
            try writeFiles(["notes.html": "my notes"], under: root)
            #expect(throws: OutputFolder.Problem.notAFolder) {
                try OutputFolder(path: out.path).replace(with: Self.pages)
            }
            #expect(FolderSnapshot(root).entries == ["notes.html": "file:my notes"])
            #expect(
                OutputFolder.Problem.notAFolder.localizedDescription
                    == "it is a file, not a folder, and replacing it would delete it")
        }
    }

    // MARK: - Symbolic links

    @Test("A link at --out is replaced by the folder; the folder it pointed to is untouched")
    func aLinkedTargetIsReplacedNotFollowed() throws {
        try withScratchFolder("agentview-link") { root throws in
            let elsewhere = root.appendingPathComponent("elsewhere")
            try writeFiles(["precious.txt": "keep", "index.html": "theirs"], under: elsewhere)
            let out = root.appendingPathComponent("out")
            try FileManager.default.createSymbolicLink(at: out, withDestinationURL: elsewhere)
            try OutputFolder(path: out.path).replace(with: Self.pages)
            #expect(FolderSnapshot(elsewhere).entries == ["precious.txt": "file:keep", "index.html": "file:theirs"])
            #expect(
                FolderSnapshot(out).paths
                    == (Self.pages.map(\.path) + ["tickets", "users", ".agentview-output"]).sorted())
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["elsewhere", "out"])
        }
    }

    @Test("A dangling link at --out is replaced by the folder")
    func aDanglingLinkIsReplaced() throws {
        try withScratchFolder("agentview-dangling") { root throws in
            let out = root.appendingPathComponent("out")
            try FileManager.default.createSymbolicLink(
                at: out, withDestinationURL: root.appendingPathComponent("nowhere"))
            try OutputFolder(path: out.path).replace(with: Self.pages)
            #expect(FolderSnapshot(out).entries["index.html"] == "file:new index")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
        }
    }

    @Test("Removing the previous output removes the links in it, not what they point to")
    func linksInThePreviousOutputAreNotFollowed() throws {
        try withScratchFolder("agentview-inner-link") { root throws in
            let elsewhere = root.appendingPathComponent("elsewhere")
            try writeFiles(["precious.txt": "keep", "deeper/more.txt": "keep too"], under: elsewhere)
            let out = root.appendingPathComponent("out")
            try writeFiles(Self.previous, under: out)
            try FileManager.default.createSymbolicLink(
                at: out.appendingPathComponent("users/linked"), withDestinationURL: elsewhere)
            try FileManager.default.createSymbolicLink(
                at: out.appendingPathComponent("linked-file.html"),
                withDestinationURL: elsewhere.appendingPathComponent("precious.txt"))
            let before = FolderSnapshot(elsewhere)
            try OutputFolder(path: out.path).replace(with: Self.pages)
            #expect(FolderSnapshot(elsewhere) == before)
            #expect(FolderSnapshot(out).entries["users/linked"] == nil)
        }
    }

    @Test("A link left where the temporary folder goes is removed, not written through")
    func aPlantedStagingLinkIsNotWrittenThrough() throws {
        try withScratchFolder("agentview-planted") { root throws in
            let elsewhere = root.appendingPathComponent("elsewhere")
            try writeFiles(["precious.txt": "keep"], under: elsewhere)
            let pid = ProcessInfo.processInfo.processIdentifier
            for kind in ["new", "old"] {
                try FileManager.default.createSymbolicLink(
                    at: root.appendingPathComponent(".out.agentview-\(kind)-\(pid)"), withDestinationURL: elsewhere)
            }
            let out = root.appendingPathComponent("out")
            try writeFiles(Self.previous, under: out)
            try OutputFolder(path: out.path).replace(with: Self.pages)
            #expect(FolderSnapshot(elsewhere).entries == ["precious.txt": "file:keep"])
            #expect(FolderSnapshot(out).entries["index.html"] == "file:new index")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["elsewhere", "out"])
        }
    }
}
