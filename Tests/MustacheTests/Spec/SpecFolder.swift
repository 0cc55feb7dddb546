import Foundation
import Mustache

/// The spec's JSON files, vendored in `Fixtures/` beside this source file (see its README).
enum SpecFolder {
    /// Why a spec file gave no cases; the spec tests fail with it rather than skip.
    struct UnreadableFile: Error, CustomStringConvertible {
        /// The file's path.
        let path: String
        /// What went wrong.
        let reason: String

        /// `path: reason`.
        var description: String { "\(path): \(reason)" }
    }

    /// The folder, found from this source file so that it works from any working directory.
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The spec files this engine implements, all cases of which must pass.
    static let implementedFiles = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
        "sections.json", "~dynamic-names.json", "~inheritance.json",
    ]

    /// Every case of the implemented files, in file order.
    ///
    /// - Throws: ``UnreadableFile`` when a file is missing or not in the spec's format.
    static func implementedCases() throws -> [SpecCase] {
        try implementedFiles.flatMap(cases(in:))
    }

    /// The cases of one spec file, in the file's order.
    ///
    /// - Throws: ``UnreadableFile`` when the file is missing, is not JSON or has no `tests` array.
    static func cases(in file: String) throws -> [SpecCase] {
        let path = url.appendingPathComponent(file).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UnreadableFile(path: path, reason: "missing: the vendored Mustache spec must be in the repository")
        }
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let tests = json["tests"] as? [[String: Any]]
        else { throw UnreadableFile(path: path, reason: "not a spec file: no 'tests' array") }
        var seen: [String: Int] = [:]
        return tests.map { test in
            let name = test["name"] as? String ?? "?"
            seen[name, default: 0] += 1
            return SpecCase(
                file: file,
                name: seen[name] == 1 ? name : "\(name) (\(seen[name]!))",
                summary: test["desc"] as? String ?? "",
                data: JSONToValue.convert(test["data"] ?? NSNull()),
                template: test["template"] as? String ?? "",
                partials: test["partials"] as? [String: String] ?? [:],
                expected: test["expected"] as? String ?? "")
        }
    }
}
