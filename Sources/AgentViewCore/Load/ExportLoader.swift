import Dispatch
import Foundation
import JSONTree

/// Loads an export folder (docs/rules.md §10): every `.json`, `.ndjson` and `.jsonl` file, found recursively.
///
/// Files are parsed in parallel but merged in sorted path order, so the result never depends on the
/// order the file system lists them or on the number of cores. Every file is read and every problem
/// is reported before failing.
public struct ExportLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// How far loading has come: files read of the total, and their bytes.
    public struct Progress: Sendable {
        public var filesRead: Int
        public var totalFiles: Int
        public var bytesRead: Int
    }

    /// Loads the export at `directory`, or throws every problem found; `progress` hears from any thread
    /// as files are read.
    public func load(
        directory: String, progress: (@Sendable (Progress) -> Void)? = nil
    ) throws(LoadFailure) -> Export {
        let found = try ExportFileFinder.files(in: directory)
        let fragments = decodeConcurrently(found.files, root: directory, progress: progress)
        let errors = fragments.flatMap(\.errors)
        guard errors.isEmpty else { throw LoadFailure(errors: errors) }
        let unrecognised = zip(found.files, fragments).filter { $0.1.isUnrecognised }.map {
            SkippedFile(path: $0.0, reason: .unrecognised)
        }
        var export = ExportAssembler.assemble(fragments, paths: found.files)
        export.skippedFiles = (found.skipped + unrecognised).sorted { $0.path < $1.path }
        return export
    }

    /// Loads in-memory files (relative path → bytes), for tests and the benchmark.
    public func load(files: [(path: String, bytes: [UInt8])], displayRoot: String = "export") throws(LoadFailure)
        -> Export
    {
        let sorted = files.sorted { $0.path < $1.path }
        var fragments: [ExportFragment] = []
        for file in sorted {
            fragments.append(
                Self.decode(
                    SourceFile(displayPath: displayRoot + "/" + file.path, relativePath: file.path, bytes: file.bytes)))
        }
        let errors = fragments.flatMap(\.errors)
        guard errors.isEmpty else { throw LoadFailure(errors: errors) }
        return ExportAssembler.assemble(fragments, paths: sorted.map(\.path))
    }

    private func decodeConcurrently(
        _ relativePaths: [String], root: String, progress: (@Sendable (Progress) -> Void)?
    ) -> [ExportFragment] {
        let results = FragmentSlots(count: relativePaths.count)
        let rootURL = URL(fileURLWithPath: root)
        DispatchQueue.concurrentPerform(iterations: relativePaths.count) { index in
            let (fragment, bytes) = Self.readAndDecode(relativePaths[index], root: root, rootURL: rootURL)
            results.store(fragment, at: index, bytes: bytes ?? 0)
            if let progress, bytes != nil { progress(results.progress) }
        }
        return results.values
    }

    /// Reads and decodes one file of the export at `root`, with its size; a file that cannot be read
    /// gives a fragment holding that error, and no size.
    static func readAndDecode(_ relativePath: String, root: String, rootURL: URL) -> (ExportFragment, Int?) {
        switch readSource(relativePath, root: root, rootURL: rootURL) {
        case .success(let file): (Self.decode(file), file.bytes.count)
        case .failure(let unreadable): (unreadable.fragment, nil)
        }
    }

    /// A file that cannot be read: a fragment holding that error.
    struct UnreadableFile: Error {
        var fragment: ExportFragment
    }

    /// Reads one file of the export at `root`.
    static func readSource(_ relativePath: String, root: String, rootURL: URL) -> Result<SourceFile, UnreadableFile> {
        let displayPath = root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath
        let url = rootURL.appendingPathComponent(relativePath)
        let bytes: [UInt8]
        do throws(ReadFailure) {
            bytes = try Self.readRegularFile(url.path)
        } catch {
            var fragment = ExportFragment()
            fragment.errors = [LoadError(path: displayPath, reason: .unreadable(error.reason))]
            return .failure(UnreadableFile(fragment: fragment))
        }
        return .success(SourceFile(displayPath: displayPath, relativePath: relativePath, bytes: bytes))
    }

    /// Why a file could not be read, in words.
    struct ReadFailure: Error {
        var reason: String
    }

    /// Reads a whole file that must be a regular file when opened: a FIFO or device put in its place
    /// after the folder was listed is never read (opening does not block, and `fstat` checks the type).
    static func readRegularFile(_ path: String) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ReadFailure(reason: "the file cannot be opened: \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw ReadFailure(reason: "not a regular file")
        }
        // Parsing takes several times a file's size: a file past a quarter of the machine's memory would
        // end in the kernel's OOM killer, so it is refused with its size instead.
        let limit = ProcessInfo.processInfo.physicalMemory / 4
        guard UInt64(status.st_size) <= limit else {
            throw ReadFailure(
                reason:
                    "too large: \(ByteCount.text(UInt64(status.st_size))), more than a quarter of this machine's memory (\(ByteCount.text(limit))); split it into smaller files"
            )
        }
        // One byte of room past the size, so the read that finds the end needs no more: growing by half
        // before it would hold a 49 MB file in 74 MB. Only a file that grows while read needs more room.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ReadFailure(reason: "the file cannot be read: \(String(cString: strerror(errno)).lowercased())")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Parses and decodes one file; NDJSON by extension, and a `.json` file that turns out to hold NDJSON.
    static func decode(_ file: SourceFile) -> ExportFragment {
        var decoder = ExportFileDecoder(file: file)
        let lower = file.relativePath.lowercased()
        do throws(JSONSyntaxError) {
            if lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") {
                for line in try JSONReader.parseLines(file.bytes) { decoder.decodeRecord(line, path: .root) }
            } else {
                decoder.decodeDocument(try parseDocumentOrLines(file.bytes, decoder: &decoder))
            }
        } catch {
            var fragment = ExportFragment()
            fragment.errors = [file.error(at: error.offset, .syntax(error.description))]
            return fragment
        }
        return decoder.fragment
    }

    /// The Zendesk account export is NDJSON even when named `.json`: accept one object per line there too.
    private static func parseDocumentOrLines(_ bytes: [UInt8], decoder: inout ExportFileDecoder) throws(JSONSyntaxError)
        -> JSONValue
    {
        do throws(JSONSyntaxError) {
            return try JSONReader.parse(bytes)
        } catch {
            guard error.reason == .trailingContent, let lines = try? JSONReader.parseLines(bytes), lines.count > 1
            else { throw error }
            return JSONValue(.array(lines), offset: 0)
        }
    }
}

/// Per-file results written from concurrent workers; each slot is written once.
final class FragmentSlots: @unchecked Sendable {
    private var slots: [ExportFragment?]
    private var stored = 0
    private var bytes = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ fragment: ExportFragment, at index: Int, bytes: Int = 0) {
        lock.lock()
        slots[index] = fragment
        stored += 1
        self.bytes += bytes
        lock.unlock()
    }

    /// Files stored so far, of all, and their bytes.
    var progress: ExportLoader.Progress {
        lock.withLock { ExportLoader.Progress(filesRead: stored, totalFiles: slots.count, bytesRead: bytes) }
    }

    var values: [ExportFragment] { slots.map { $0 ?? ExportFragment() } }
}

/// A byte count as people read it: `512 B`, `3.2 MB`, `4.0 GB`.
enum ByteCount {
    static func text(_ bytes: UInt64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }
}
