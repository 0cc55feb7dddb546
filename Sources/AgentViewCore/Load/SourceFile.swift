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
    /// The file's identity when it was read from disk (nil for bytes given in memory), and the load's record
    /// of files read again: where both are known, texts may be left in the file (`MessageText`).
    let identity: FileIdentity?
    let texts: ExportTexts?

    init(
        displayPath: String, relativePath: String, bytes: [UInt8], identity: FileIdentity? = nil,
        texts: ExportTexts? = nil
    ) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.bytes = bytes
        self.identity = identity
        self.texts = texts
    }

    /// The file as texts are read from it again, when they may be: read from disk whole, and small enough for
    /// a text's place in it to fit 32 bits.
    func textFile() -> ExportTextFile? {
        guard let identity, let texts, bytes.count == identity.size, bytes.count < Int(UInt32.max) else { return nil }
        return ExportTextFile(path: displayPath, identity: identity, texts: texts)
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
