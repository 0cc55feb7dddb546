import JSONTree

/// One export file being decoded: where it lives and its bytes, to turn offsets into line and column.
///
/// A class: every `RecordReader` of the file holds it, and a million messages make several readers each;
/// as a struct its three fields were retained and released with every reader.
final class SourceFile: Sendable {
    /// The path shown to the user: the export folder as given, joined with `relativePath`.
    let displayPath: String
    /// The path inside the export folder, with `/` separators; it decides parent ids.
    let relativePath: String
    /// The raw bytes, kept only while the file is decoded.
    let bytes: [UInt8]

    init(displayPath: String, relativePath: String, bytes: [UInt8]) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.bytes = bytes
    }

    /// An error at a byte offset of this file, with its line and column.
    func error(at offset: Int, _ reason: LoadProblem) -> LoadError {
        LoadError(path: displayPath, offset: offset, in: bytes, reason: reason)
    }

    /// An error about the whole file.
    func error(_ reason: LoadProblem) -> LoadError {
        LoadError(path: displayPath, reason: reason)
    }
}
