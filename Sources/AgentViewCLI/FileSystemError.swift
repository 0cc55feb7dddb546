import AgentViewCore
import Foundation

/// A file-system call that failed, said in words with the path: never an `NSError` dump.
struct FileSystemError: Error, Equatable, CustomStringConvertible {
    /// What was being done, worded to follow "cannot": `create the folder`, `write`.
    let operation: String
    let path: String
    /// The `errno` the call set.
    let code: Int32

    /// Captures the current `errno` for a failed call.
    static func current(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(operation: operation, path: path, code: errno)
    }

    var description: String {
        "cannot \(operation) '\(TerminalText.safe(path))': \(String(cString: strerror(code)).lowercased())"
    }
}
