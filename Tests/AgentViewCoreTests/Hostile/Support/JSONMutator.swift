/// Damages JSON bytes the ways real exports get damaged, and the ways an attacker would: bytes
/// flipped, files cut short, brackets nested past any limit, keys renamed to other known keys, values
/// swapped for other JSON types, records repeated.
enum JSONMutator {
    /// Bytes a flip writes: structure, quotes, escapes, controls and invalid UTF-8.
    static let interestingBytes: [UInt8] = [
        0x00, 0x0A, 0x1B, 0x22, 0x27, 0x2C, 0x2F, 0x3A, 0x5B, 0x5C, 0x5D, 0x7B, 0x7D, 0x80, 0xC0, 0xED, 0xFF,
    ]
    /// Keys the loader reads, so that a renamed key changes what a record looks like.
    static let knownKeys = [
        "id", "_id", "users", "user", "tickets", "events", "messages", "author", "received", "content", "type",
        "externalId", "zendeskId", "external_id", "requester_id", "ticket_id", "payload", "status", "created_at",
        "identities", "user_id", "value", "fields", "actions", "conversation",
    ]
    /// Values of every JSON type, and values that are valid JSON but wrong for any field.
    static let replacementValues = [
        "null", "true", "false", "0", "-1", "1.5", "1e400", "-0", "99999999999999999999", #""""#, #""x""#, "{}", "[]",
        "[null]", #"{"id": 1}"#, #""2026-13-45T99:99:99Z""#, #""../../etc/passwd""#, #""<script>alert(1)</script>""#,
        #""\ud800""#, #""\u0000""#,
    ]

    /// Applies one random mutation and names it, for the failure message.
    static func mutate(_ bytes: inout [UInt8], using random: inout SeededGenerator) -> String {
        guard !bytes.isEmpty else {
            bytes = Array(random.pick(replacementValues).utf8)
            return "replace an empty file"
        }
        let position = random.int(in: 0...(bytes.count - 1))
        switch random.int(in: 0...6) {
        case 0:
            bytes[position] =
                random.chance(0.5)
                ? random.pick(interestingBytes) : bytes[position] ^ (1 << UInt8(random.int(in: 0...7)))
            return "flip the byte at \(position)"
        case 1:
            bytes.removeSubrange(position...)
            return "cut at \(position)"
        case 2:
            let depth = random.pick([1, 2, 10, 511, 513, 2_000])
            let opener = random.pick(["[", #"{"a":"#, #"{"users":["#])
            bytes.insert(contentsOf: Array(String(repeating: opener, count: depth).utf8), at: position)
            return "nest \(depth) × '\(opener)' at \(position)"
        case 3:
            guard let key = keyRange(in: bytes, near: position) else { return "no key to rename" }
            let name = random.chance(0.7) ? random.pick(knownKeys) : String(decoding: bytes[key], as: UTF8.self) + "_x"
            bytes.replaceSubrange(key, with: Array(name.utf8))
            return "rename the key at \(key.lowerBound) to '\(name)'"
        case 4:
            guard let value = valueRange(in: bytes, near: position) else { return "no value to swap" }
            let replacement = random.pick(replacementValues)
            bytes.replaceSubrange(value, with: Array(replacement.utf8))
            return "swap the value at \(value.lowerBound) for \(replacement)"
        case 5:
            guard let value = valueRange(in: bytes, near: position) else { return "no value to repeat" }
            bytes.insert(contentsOf: Array(bytes[value]) + Array(", ".utf8), at: value.lowerBound)
            return "repeat the value at \(value.lowerBound)"
        default:
            let end = min(bytes.count, position + random.int(in: 1...64))
            bytes.removeSubrange(position..<end)
            return "delete \(position)..<\(end)"
        }
    }

    /// The bytes of the first object key (between its quotes) at or after `start`.
    static func keyRange(in bytes: [UInt8], near start: Int) -> Range<Int>? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "\""),
                bytes[index + 1] == UInt8(ascii: ":")
                    || (index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: " ")
                        && bytes[index + 2] == UInt8(ascii: ":"))
            {
                guard let open = bytes[..<index].lastIndex(of: UInt8(ascii: "\"")) else { return nil }
                return (open + 1)..<index
            }
            index += 1
        }
        return nil
    }

    /// The bytes of the first value after a `:` at or after `start`: a string, a scalar, or a whole
    /// container (brackets counted, strings skipped).
    static func valueRange(in bytes: [UInt8], near start: Int) -> Range<Int>? {
        guard var index = bytes[start...].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        index += 1
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let first = index
        var depth = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return first..<(index + 1) }
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return first..<index }
                    depth -= 1
                    if depth == 0 { return first..<(index + 1) }
                case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                    if depth == 0 { return first..<index }
                default: break
                }
            }
            index += 1
        }
        return first..<bytes.count
    }
}
