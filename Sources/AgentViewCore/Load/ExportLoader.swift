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
        FreedMemory.mapLargeBlocks()
        let found = try ExportFileFinder.files(in: directory)
        let texts = ExportTexts()
        let fragments = decodeConcurrently(
            found.files, sizes: found.sizes, root: directory, texts: texts, progress: progress)
        let errors = fragments.flatMap(\.errors)
        guard errors.isEmpty else { throw LoadFailure(errors: errors) }
        let unrecognised = fragments.indices.filter { fragments[$0].isUnrecognised }.map {
            SkippedFile(path: found.files[$0], reason: .unrecognised)
        }
        try Self.checkSomethingRecognised(unrecognised.count, of: found.files.count, in: directory)
        var export = ExportAssembler.assemble(consume fragments, paths: found.files)
        // The last per-file record lists the assembler emptied, given back before the view is built on top.
        FreedMemory.release()
        export.skippedFiles = (found.skipped + unrecognised).sorted { $0.path < $1.path }
        export.texts = texts
        return export
    }

    /// Fails when no file of the folder is in an export shape: an empty site from the wrong folder (a project's
    /// `package.json` and nothing else) would look like an export with no users.
    static func checkSomethingRecognised(_ unrecognised: Int, of files: Int, in directory: String) throws(LoadFailure) {
        guard unrecognised < files else {
            throw LoadFailure(errors: [LoadError(path: directory, reason: .noRecognisedFiles(count: files))])
        }
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

    /// Reads and decodes every file, largest first; the fragments come back in path order all the same.
    ///
    /// A large file's tree is several times its size (a 32 MB list of ticket audits makes about 200 MB), and
    /// it is freed once decoded. Read last, as path order had it, that tree came on top of every record read
    /// before; read first, the memory it frees holds the records read after. The largest first also keeps
    /// a core from finishing one large file alone at the end.
    private func decodeConcurrently(
        _ relativePaths: [String], sizes: [Int], root: String, texts: ExportTexts,
        progress: (@Sendable (Progress) -> Void)?
    ) -> [ExportFragment] {
        let results = FragmentSlots(count: relativePaths.count)
        let largestFirst = relativePaths.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        DispatchQueue.concurrentPerform(iterations: relativePaths.count) { turn in
            let index = largestFirst[turn]
            let (fragment, bytes) = Self.readAndDecode(relativePaths[index], root: root, texts: texts)
            let read = results.store(fragment, at: index, bytes: bytes ?? 0)
            if let progress, bytes != nil { progress(read) }
        }
        return results.takeAll()
    }

    /// Reads and decodes one file of the export at `root`, with its size; a file that cannot be read
    /// gives a fragment holding that error, and no size.
    ///
    /// The file is opened by the path shown, which names the same file as the finder's walk: a Foundation
    /// URL built per file cost an `fstatat` each (to guess whether it names a folder) and 4% of a render's CPU.
    static func readAndDecode(_ relativePath: String, root: String, texts: ExportTexts? = nil) -> (
        ExportFragment, Int?
    ) {
        switch readSource(relativePath, root: root, texts: texts) {
        case .success(let file): (Self.decode(file), file.bytes.count)
        case .failure(let unreadable): (unreadable.fragment, nil)
        }
    }

    /// A file that cannot be read: a fragment holding that error.
    struct UnreadableFile: Error {
        var fragment: ExportFragment
    }

    /// Reads one file of the export at `root`; with `texts`, messages' texts may be left in it (`MessageText`).
    static func readSource(_ relativePath: String, root: String, texts: ExportTexts? = nil)
        -> Result<SourceFile, UnreadableFile>
    {
        let displayPath = root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath
        let bytes: [UInt8]
        let identity: FileIdentity
        do throws(ReadFailure) {
            (bytes, identity) = try Self.readRegularFile(displayPath)
        } catch {
            var fragment = ExportFragment()
            fragment.errors = [LoadError(path: displayPath, reason: .unreadable(error.reason))]
            return .failure(UnreadableFile(fragment: fragment))
        }
        return .success(
            SourceFile(
                displayPath: displayPath, relativePath: relativePath, bytes: bytes, identity: identity, texts: texts))
    }

    /// Why a file could not be read, in words.
    struct ReadFailure: Error {
        var reason: String
    }

    /// Reads a whole file that must be a regular file when opened: a FIFO or device put in its place
    /// after the folder was listed is never read (opening does not block, and `fstat` checks the type). Its
    /// identity is the file's as opened, to tell later whether it is still the same file.
    static func readRegularFile(_ path: String) throws(ReadFailure) -> (bytes: [UInt8], identity: FileIdentity) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ReadFailure(reason: "the file cannot be opened: \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw ReadFailure(reason: "not a regular file")
        }
        let limit = largestFileSize
        guard UInt64(status.st_size) <= limit else {
            throw ReadFailure(
                reason:
                    "too large: \(ByteCount.text(UInt64(status.st_size))), more than a quarter of this machine's memory (\(ByteCount.text(limit))); split it into smaller files"
            )
        }
        // One byte of room past the size, so the read that finds the end needs no more: growing by half
        // before it would hold a 49 MB file in 74 MB. The room is left uninitialized, since the reads fill it:
        // filling it with zeros first wrote every byte of the export once more.
        let room = Int(status.st_size) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            (initialized, failure) = readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer))
        }
        // Only a file that grows while read fills the room; the rest of it is read in steps of half its size.
        var isFull = bytes.count == room
        while failure == 0 && isFull {
            let start = bytes.count
            let step = max(4096, start / 2)
            bytes.append(contentsOf: repeatElement(0, count: step))
            let (count, error) = bytes.withUnsafeMutableBytes { buffer in
                readAll(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[start...]))
            }
            failure = error
            isFull = count == step
            bytes.removeLast(step - count)
        }
        if failure != 0 {
            throw ReadFailure(reason: "the file cannot be read: \(String(cString: strerror(failure)).lowercased())")
        }
        return (bytes, FileIdentity(status))
    }

    /// Reads from `descriptor` until `buffer` is full or the file ends: how many bytes it read, and the `errno`
    /// that stopped it (0 when none did). An interrupted read is tried again.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> (Int, Int32) {
        var filled = 0
        while filled < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return (filled, errno)
            }
            if count == 0 { break }
            filled += count
        }
        return (filled, 0)
    }

    /// The largest file read, in bytes. Parsing takes several times a file's size: a file past a quarter of the
    /// machine's memory would end in the kernel's OOM killer, so it is refused with its size instead. Asked of
    /// the system once, not once per file (a `sysinfo` call each).
    static let largestFileSize = ProcessInfo.processInfo.physicalMemory / 4

    /// Parses and decodes one file; NDJSON by extension, and a `.json` file that turns out to hold NDJSON.
    ///
    /// A conversation's messages file in the shape nearly all of them have is read without a tree
    /// (`MessageFileDecoder`), into the same messages; a large file holding one list of records, one record's
    /// tree at a time (`EnvelopeListDecoder`); any other file, or one those decoders give up on, is parsed into
    /// a tree and decoded (`decodeTree`).
    static func decode(_ file: SourceFile) -> ExportFragment {
        if let conversationID = FolderParent.id(in: file.relativePath, under: .conversations), !isLines(file),
            let messages = MessageFileDecoder.messages(
                in: file.bytes, conversationID: conversationID, textFile: file.textFile())
        {
            var fragment = ExportFragment()
            fragment.messages = messages
            return fragment
        }
        if file.bytes.count >= EnvelopeListDecoder.minimumBytes, !isLines(file),
            let fragment = EnvelopeListDecoder.fragment(of: file)
        {
            return fragment
        }
        return decodeTree(file)
    }

    /// Whether a file is NDJSON by its extension.
    private static func isLines(_ file: SourceFile) -> Bool {
        let lower = file.relativePath.lowercased()
        return lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl")
    }

    /// Parses one file into a tree and decodes it: every shape a file may have, and every problem reported.
    static func decodeTree(_ file: SourceFile) -> ExportFragment {
        var decoder = ExportFileDecoder(file: file)
        do throws(JSONSyntaxError) {
            if isLines(file) {
                // Each line's tree is decoded and freed before the next is read. A syntax error on a later
                // line still discards the records decoded so far: the file gives its error alone, as before.
                try JSONReader.parseLines(file.bytes) { line in decoder.decodeRecord(line, path: .root) }
            } else {
                decoder.decodeDocument(try parseDocumentOrLines(file.bytes, decoder: &decoder))
            }
        } catch {
            var fragment = ExportFragment()
            fragment.errors = [
                file.error(
                    at: error.offset, .syntax(error.description, withoutInput: error.reason.descriptionWithoutInput))
            ]
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

/// Files read so far, of all, and their bytes, counted from the threads that read them.
final class ReadCounter: @unchecked Sendable {
    private let totalFiles: Int
    private var filesRead = 0
    private var bytesRead = 0
    private let lock = NSLock()

    init(totalFiles: Int) { self.totalFiles = totalFiles }

    /// Counts one more file of `bytes`, and returns the progress so far.
    func add(bytes: Int) -> ExportLoader.Progress {
        lock.withLock {
            filesRead += 1
            bytesRead += bytes
            return ExportLoader.Progress(filesRead: filesRead, totalFiles: totalFiles, bytesRead: bytesRead)
        }
    }
}

/// Per-file results written from concurrent workers; each slot is written once.
final class FragmentSlots: @unchecked Sendable {
    private var slots: [ExportFragment?]
    private let counter: ReadCounter
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        counter = ReadCounter(totalFiles: count)
    }

    /// Stores the fragment of the file at `index`, and returns the progress so far.
    func store(_ fragment: ExportFragment, at index: Int, bytes: Int = 0) -> ExportLoader.Progress {
        lock.withLock { slots[index] = fragment }
        return counter.add(bytes: bytes)
    }

    /// Every fragment, in index order, moved out of the slots: mapping the slots copied each fragment, its
    /// fifteen lists retained and then released with the slots.
    func takeAll() -> [ExportFragment] {
        lock.withLock {
            var fragments: [ExportFragment] = []
            fragments.reserveCapacity(slots.count)
            for index in slots.indices { fragments.append(slots[index].take() ?? ExportFragment()) }
            return fragments
        }
    }
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
