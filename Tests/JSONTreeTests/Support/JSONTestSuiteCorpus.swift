import Foundation

/// The vendored JSONTestSuite parsing corpus in `JSONTestSuite/test_parsing/`, listed and read at test time.
enum JSONTestSuiteCorpus {
    /// The folder, found from this source file so that it works from any working directory.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JSONTestSuite/test_parsing")

    /// How many files of each prefix the vendored commit has (its README lists them): fewer is a broken copy.
    static let expectedCounts = ["y_": 95, "n_": 188, "i_": 35]

    /// The names of the corpus files starting with `prefix` (`y_`, `n_` or `i_`), sorted.
    ///
    /// - Throws: When the folder cannot be listed, which fails every test parameterized over it.
    static func names(prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
            .sorted()
    }

    /// The bytes of one corpus file, exactly as stored.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}
