import Foundation

/// A message's text: held in memory, or left in its export file and read again when a page shows it.
///
/// A million message texts held as strings were about 150 MB of a 10,000-user render, kept from loading to
/// the last page. A text written without escapes is left where it is (its file, and where in it) and read
/// from there by the page that shows it; texts with escapes, and texts of files not read from disk, are held.
enum MessageText: Sendable {
    case none
    case held(String)
    /// The content of a JSON string without escapes, `count` bytes from `start`, in `file`.
    case inFile(ExportTextFile, start: UInt32, count: UInt32)

    init(_ text: String?) {
        self = text.map(MessageText.held) ?? .none
    }

    /// `transform` of each message, in the order their texts lie in files, so that each file is read once;
    /// the results in the messages' order.
    static func mapInFileOrder(_ messages: [Message], _ transform: (Message) -> Message) -> [Message] {
        let places = messages.map { message -> (UInt, UInt32) in
            guard case .inFile(let file, let start, _) = message.content.storedText else { return (0, 0) }
            return (UInt(bitPattern: ObjectIdentifier(file)), start)
        }
        let order = messages.indices.sorted { places[$0] != places[$1] ? places[$0] < places[$1] : $0 < $1 }
        var results = messages
        for index in order { results[index] = transform(messages[index]) }
        return results
    }

    /// The text; one read of its file again when it was left there (`ExportTextFile.text(at:count:)`).
    var text: String? {
        switch self {
        case .none: nil
        case .held(let text): text
        case .inFile(let file, let start, let count): file.text(at: Int(start), count: Int(count))
        }
    }
}

/// What identifies the state of a file the loader read: its device, inode, size and time of last change. A
/// file read again must have the same, or it changed since (`ExportTextFile`).
struct FileIdentity: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int
    let changedSeconds: Int
    let changedNanoseconds: Int

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int(status.st_size)
        changedSeconds = Int(status.st_mtim.tv_sec)
        changedNanoseconds = Int(status.st_mtim.tv_nsec)
    }
}

/// An export file some messages' texts are read from again, when a page shows them.
///
/// Read again, the file must be the one loaded (`FileIdentity`); one that changed gives empty texts and is
/// named in its export's `ExportTexts.changedFiles`, which the writers check before replacing any output,
/// so that a page never shows a text of another version of the export.
final class ExportTextFile: Sendable {
    /// The path it was read at.
    let path: String
    let identity: FileIdentity
    let texts: ExportTexts

    init(path: String, identity: FileIdentity, texts: ExportTexts) {
        self.path = path
        self.identity = identity
        self.texts = texts
    }

    /// The text of `count` bytes from `start`: from the bytes this thread read of the file last, or read now.
    func text(at start: Int, count: Int) -> String {
        let cache = LastFileRead.ofThisThread()
        if cache.file !== self {
            cache.file = nil
            cache.bytes = []
            guard let bytes = readAgain() else {
                texts.noteChanged(path)
                return ""
            }
            cache.bytes = bytes
            cache.file = self
        }
        guard start >= 0, count >= 0, start + count <= cache.bytes.count else {
            texts.noteChanged(path)
            return ""
        }
        return cache.bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + count]), as: UTF8.self)
        }
    }

    /// The file's bytes when it is still the file loaded, else nil.
    private func readAgain() -> [UInt8]? {
        guard let (bytes, identity) = try? ExportLoader.readRegularFile(path), identity == self.identity,
            bytes.count == identity.size
        else { return nil }
        return bytes
    }
}

/// The files of one load whose texts are read again, and those found changed when they were.
public final class ExportTexts: @unchecked Sendable {
    private var changed: Set<String> = []
    private let lock = NSLock()

    public init() {}

    func noteChanged(_ path: String) {
        lock.withLock { _ = changed.insert(path) }
    }

    /// The files that changed after they were loaded, sorted; empty when every text read was the one loaded.
    public var changedFiles: [String] {
        lock.withLock { changed.sorted() }
    }

    /// Throws when a file changed after it was loaded: the texts read from it are not the export's.
    public func checkUnchanged() throws(ExportChanged) {
        let files = changedFiles
        guard files.isEmpty else { throw ExportChanged(files: files) }
    }
}

/// Export files that changed while pages were written from them.
public struct ExportChanged: Error, CustomStringConvertible {
    public let files: [String]

    public var description: String {
        let shown = files.prefix(3).map { "'\(TerminalText.safe($0))'" }.joined(separator: ", ")
        let more = files.count > 3 ? " and \(files.count - 3) more" : ""
        return
            "the export changed while its pages were written: \(shown)\(more) changed after loading, and messages' texts are read from them again; render again once the export is complete"
    }
}

/// The bytes of the file a thread read texts from last: a page shows one conversation's messages, which one
/// file holds, so each file is read once per page instead of once per message.
private final class LastFileRead {
    var file: ExportTextFile?
    var bytes: [UInt8] = []

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<LastFileRead>.fromOpaque(pointer).release() }
        }
        return key
    }()

    static func ofThisThread() -> LastFileRead {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<LastFileRead>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = LastFileRead()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }
}
