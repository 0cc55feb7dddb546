import Digest

/// Keyed pseudonyms for ids (`--redact ids`, docs/rules.md §12) that keep every id's place in ``IDOrder``.
///
/// Rules break ties by id (the cap ranks equal activity by ticket id, the lowest Support id wins a
/// shared external ID, a duplicate group is reported against its lowest id), so a pseudonym that
/// changed how two ids compare would change a decision. Each id's pseudonym is therefore computed from
/// the id alone, by a keyed order-preserving function, so that it is:
/// - the same for one id in every record that names it (a ticket's `requester_id` and the user's `id`,
///   a messaging user's `zendeskId`), in every export, under one key: a diff of two redacted renders
///   matches its subjects;
/// - distinct for distinct ids (the function is strictly increasing, so no clash can occur);
/// - ordered as the ids are: a numeric id stays numeric, keeps its leading zeros and maps its value
///   strictly increasingly into a range a thousand times wider (three more digits); any other id becomes
///   `x` and three base-36 characters per byte, each chosen by a keyed increasing map that depends on the
///   bytes before it, so byte order (what ``IDOrder`` compares) is kept.
///
/// The price of order is what order tells: whoever holds the pages sees which id is lower and, roughly,
/// how ids spread, but not the ids themselves without the key.
public struct IDPseudonyms: Sendable {
    private let hash: SipHash

    /// Pseudonyms under `key` (any length: it is hashed into the function's own key).
    public init(key: [UInt8]) {
        let derived = HMAC.sha256(key: key, message: Array("agentview ids".utf8))
        hash = SipHash(key: derived)
    }

    /// The pseudonym of an id. The empty id, ids of zeros alone and `-1` (Zendesk's own system author, which
    /// the rules recognise) stay as they are: they name no one.
    public func pseudonym(_ id: String) -> String {
        let bytes = Array(id.utf8)
        if bytes.isEmpty || id == "-1" { return id }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return numeric(bytes) }
        return text(bytes)
    }

    // MARK: Numeric ids

    /// The widest value that gets a whole-number pseudonym: three more digits must fit in 128 bits.
    static let longestWholeNumber = 35

    private func numeric(_ digits: [UInt8]) -> String {
        let zeros = digits.prefix { $0 == 0x30 }.count
        let value = digits.dropFirst(zeros)
        guard !value.isEmpty else { return String(decoding: digits, as: UTF8.self) }
        let prefix = String(repeating: "0", count: zeros)
        guard value.count <= Self.longestWholeNumber else {
            return prefix + longNumeric(Array(value))
        }
        var number: UInt128 = 0
        for digit in value { number = number * 10 + UInt128(digit - 0x30) }
        let width = value.count
        // d digits (no leading zero) into d + 3 digits (no leading zero): more digits still sort after.
        let domain = (width == 1 ? 1 : power(width - 1))...(power(width) - 1)
        let range = power(width + 2)...(power(width + 3) - 1)
        return prefix + String(increasing(number, domain: domain, range: range, seed: UInt64(width)))
    }

    /// A numeric id too long for 128 bits (no real export has one): each digit becomes two, the first
    /// from 10…99 and the rest from 00…99, by a keyed increasing map per prefix, so length and digit order
    /// (how ``IDOrder`` compares numbers) are kept.
    private func longNumeric(_ digits: [UInt8]) -> String {
        var state = hash.words([0x6c6f_6e67, UInt64(digits.count)])
        var out = ""
        for (index, digit) in digits.enumerated() {
            let low: UInt128 = index == 0 ? 10 : 0
            let mapped = increasing(UInt128(digit - 0x30), domain: 0...9, range: low...99, seed: state)
            out += (mapped < 10 ? "0" : "") + String(mapped)
            state = hash.words([state, UInt64(digit)])
        }
        return out
    }

    // MARK: Text ids

    /// Base-36 digits in byte order, so the pseudonym's bytes compare as the values they encode.
    private static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    private func text(_ bytes: [UInt8]) -> String {
        var state = hash.words([0x7465_7874])
        var out: [UInt8] = [UInt8(ascii: "x")]
        out.reserveCapacity(1 + bytes.count * 3)
        for byte in bytes {
            let mapped = Int(increasing(UInt128(byte), domain: 0...255, range: 0...46_655, seed: state))
            out += [Self.alphabet[mapped / 1296], Self.alphabet[mapped / 36 % 36], Self.alphabet[mapped % 36]]
            state = hash.words([state, UInt64(byte)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: The order-preserving map

    /// `value`'s image under a keyed strictly increasing map from `domain` into `range` (at least as
    /// wide): the domain is halved step by step, and each half gets the range it needs plus a keyed share
    /// of the spare room, between half and one and a half times its fair share, so every value lands in
    /// its own slot, in order. (A share drawn from all the room would leave the ends of the domain none
    /// after a few dozen halvings, and with it no key: the largest id would always map to the largest
    /// slot.)
    private func increasing(_ value: UInt128, domain: ClosedRange<UInt128>, range: ClosedRange<UInt128>, seed: UInt64)
        -> UInt128
    {
        var (low, high) = (domain.lowerBound, domain.upperBound)
        var (rangeLow, rangeHigh) = (range.lowerBound, range.upperBound)
        while low < high {
            let middle = low + (high - low) / 2
            let leftSize = middle - low + 1
            let slack = (rangeHigh - rangeLow + 1) - (high - low + 1)
            let split =
                rangeLow + leftSize - 1 + share(of: slack, left: leftSize, right: high - middle, seed, low, high)
            if value <= middle {
                high = middle
                rangeHigh = split
            } else {
                low = middle + 1
                rangeLow = split + 1
            }
        }
        return rangeLow + random(seed, low, high, step: 1, below: rangeHigh - rangeLow + 1)
    }

    /// The left half's share of the spare room: its fair share (by size) times a keyed factor in [½, 1½),
    /// never more than the room. Doubles round the same on every machine.
    private func share(
        of slack: UInt128, left: UInt128, right: UInt128, _ seed: UInt64, _ low: UInt128, _ high: UInt128
    )
        -> UInt128
    {
        guard slack > 0 else { return 0 }
        let fraction = Self.double(random(seed, low, high, step: 0, below: 1 << 53)) / Double(UInt64(1) << 53)
        let fair = Self.double(slack) * (Self.double(left) / (Self.double(left) + Self.double(right)))
        let share = fair * (0.5 + fraction)
        return share >= Self.double(slack) ? slack : min(Self.whole(share), slack)
    }

    // The conversions between 128-bit integers and doubles go through 64 bits where the value fits: the same
    // rounding (to nearest, ties to even; toward zero back), but the 128-bit ones are generic and were two
    // thirds of redacting ids.

    /// `Double(value)`.
    private static func double(_ value: UInt128) -> Double {
        value <= UInt128(UInt64.max) ? Double(UInt64(truncatingIfNeeded: value)) : Double(value)
    }

    /// `UInt128(value)` of a non-negative double.
    private static func whole(_ value: Double) -> UInt128 {
        value < 18_446_744_073_709_551_616.0 ? UInt128(UInt64(value)) : UInt128(value)
    }

    /// A keyed number below `bound` for one step of one map: a split (`step` 0) or the last slot (1).
    private func random(_ seed: UInt64, _ low: UInt128, _ high: UInt128, step: UInt64, below bound: UInt128)
        -> UInt128
    {
        guard bound > 1 else { return 0 }
        let words = [
            seed, UInt64(truncatingIfNeeded: low), UInt64(truncatingIfNeeded: low >> 64),
            UInt64(truncatingIfNeeded: high), UInt64(truncatingIfNeeded: high >> 64), step,
        ]
        var number = UInt128(hash.words(words + [0]))
        if bound > UInt128(UInt64.max) { number |= UInt128(hash.words(words + [1])) << 64 }
        return number % bound
    }

    private func power(_ exponent: Int) -> UInt128 {
        var result: UInt128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

/// SipHash-2-4, a keyed pseudorandom function fast on short inputs: the id map calls it once per step.
struct SipHash: Sendable {
    private let key0: UInt64
    private let key1: UInt64

    /// A function under the first 16 bytes of `key`.
    init(key: [UInt8]) {
        precondition(key.count >= 16)
        key0 = Self.littleEndian(key[0..<8])
        key1 = Self.littleEndian(key[8..<16])
    }

    /// The hash of the little-endian bytes of `words`.
    func words(_ words: [UInt64]) -> UInt64 {
        var state = State(key0: key0, key1: key1)
        for word in words { state.absorb(word) }
        return state.finish(length: words.count * 8)
    }

    /// The hash of `bytes`.
    func bytes(_ bytes: [UInt8]) -> UInt64 {
        var state = State(key0: key0, key1: key1)
        let whole = bytes.count / 8 * 8
        for start in stride(from: 0, to: whole, by: 8) { state.absorb(Self.littleEndian(bytes[start..<start + 8])) }
        var last = UInt64(truncatingIfNeeded: bytes.count) << 56
        for (offset, byte) in bytes[whole...].enumerated() { last |= UInt64(byte) << (8 * offset) }
        state.absorb(last)
        return state.final()
    }

    private static func littleEndian(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    private struct State {
        var v0: UInt64
        var v1: UInt64
        var v2: UInt64
        var v3: UInt64

        init(key0: UInt64, key1: UInt64) {
            v0 = key0 ^ 0x736f_6d65_7073_6575
            v1 = key1 ^ 0x646f_7261_6e64_6f6d
            v2 = key0 ^ 0x6c79_6765_6e65_7261
            v3 = key1 ^ 0x7465_6462_7974_6573
        }

        mutating func absorb(_ word: UInt64) {
            v3 ^= word
            round()
            round()
            v0 ^= word
        }

        /// The final block of a message of whole words, then the finalization.
        mutating func finish(length: Int) -> UInt64 {
            absorb(UInt64(truncatingIfNeeded: length) << 56)
            return final()
        }

        mutating func final() -> UInt64 {
            v2 ^= 0xff
            for _ in 0..<4 { round() }
            return v0 ^ v1 ^ v2 ^ v3
        }

        private mutating func round() {
            v0 &+= v1
            v1 = v1.rotated(13) ^ v0
            v0 = v0.rotated(32)
            v2 &+= v3
            v3 = v3.rotated(16) ^ v2
            v0 &+= v3
            v3 = v3.rotated(21) ^ v0
            v2 &+= v1
            v1 = v1.rotated(17) ^ v2
            v2 = v2.rotated(32)
        }
    }
}

extension UInt64 {
    fileprivate func rotated(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
