import AgentViewCore
import Testing

/// Every page name derived from an id goes through `SafeFileName`: whatever the id, the name stays in
/// its folder, is short, visible and portable, and no two ids share it.
@Suite("Safe file names from hostile ids")
struct SafeFileNameTests {
    /// Ids that try to leave the folder, hide, name a device, break a line, look alike or run long,
    /// with the stem each must get.
    static let adversarial: [(id: String, stem: String)] = [
        ("1840000000101", "1840000000101"),
        ("6982422c4e6f72746800001d", "6982422c4e6f72746800001d"),
        ("../../etc/passwd", "______etc_passwd-2bef2c0bbbdefdfa"),
        (".", "_-af63a34c86018bb1"),
        ("..", "__-07da1a07b4a03f2d"),
        (".hidden", "_hidden-28280da0cdcb6865"),
        ("", "-cbf29ce484222325"),
        ("a/b", "a_b-e620c3190468cf61"),
        ("CON", "___-0ba0f119aa5d684b"),
        ("con", "con-f604f1190d01642b"),
        ("Con", "_on-0c0e1119aaba708b"),
        ("lpt1", "lpt1-9815deade42b419a"),
        ("A", "_-af63fc4c860222ec"),
        ("a", "a"),
        // The cleaned name of "A", given as an id: kept as it is, it would overwrite A's page.
        ("_-af63fc4c860222ec", "_-af63fc4c860222ec-a0188176ec6d1c93"),
        ("nul\u{0}byte", "nul_byte-7ff3180094b7f97a"),
        ("line\nbreak", "line_break-d988adc228011a0a"),
        ("\u{430}", "_-0af61807b7452c4d"),  // Cyrillic a
        ("\u{430}\u{301}", "__-3e070449098d5b76"),  // with a combining accent
        ("a\u{202E}b", "a_b-5bbcb701c52490b6"),  // a right-to-left override
        ("-rf", "-rf"),
        (String(repeating: "x", count: 300), String(repeating: "x", count: 64) + "-e78ddf9f1ba85555"),
        // Equal up to the 64-character cut.
        (String(repeating: "p", count: 70) + "1", String(repeating: "p", count: 64) + "-a7460cf0b004a4e4"),
        (String(repeating: "p", count: 70) + "2", String(repeating: "p", count: 64) + "-a7460ff0b004a9fd"),
        // The edges of the ids kept as they are without cleaning: 64 bytes kept, 65 cut; a 5-byte name that
        // starts like a device kept, a 3-byte device not; a hash-like tail of 16 hex digits not, of 17 digits
        // (one not hex) kept.
        (String(repeating: "x", count: 64), String(repeating: "x", count: 64)),
        (String(repeating: "x", count: 65), String(repeating: "x", count: 64) + "-7d70a52549704607"),
        ("com10", "com10"),
        ("aux", "aux-e745ad1905623939"),
        ("x-0123456789abcdef", "x-0123456789abcdef-18651622dc4c0876"),
        ("-0123456789abcdef", "-0123456789abcdef-c85672a195afad7c"),
        ("-0123456789abcdeg", "-0123456789abcdeg"),
    ]

    @Test("Each hostile id gets its exact stem", arguments: adversarial)
    func exactStem(id: String, stem: String) {
        #expect(SafeFileName.stem(for: id) == stem)
    }

    @Test(
        "A page name stays one level inside its folder, visible, short and portable", arguments: adversarial.map(\.id))
    func pageNamesAreSafe(id: String) {
        let user = UserKey(.messaging, id).page
        let ticket = TicketView.page(for: id)
        for page in [user, ticket] {
            let parts = page.split(separator: "/", omittingEmptySubsequences: false)
            #expect(parts.count == 2, "\(page)")
            #expect(!parts[1].hasPrefix("."), "\(page)")
            #expect(!page.contains(".."), "\(page)")
            #expect(parts[1].utf8.count <= 100, "\(page)")
        }
        expectSafe(SafeFileName.stem(for: id))
    }

    @Test("No two hostile ids share a name, on a case-sensitive file system or not")
    func noTwoIDsShareAName() {
        let stems = Self.adversarial.map { SafeFileName.stem(for: $0.id).lowercased() }
        #expect(Set(stems).count == stems.count)
    }

    /// Random ids from an alphabet of look-alikes, separators and hash-like tails, so that cleaned
    /// names often agree and only the hash keeps them apart.
    @Test("Twenty thousand random ids: every name safe, no two ids share one")
    func randomIDs() {
        var random = SeededGenerator(seed: 8)
        let alphabet = ["a", "A", "0", "f", "-", "_", ".", "/", "\u{0}", "\n", "é", "\u{430}", " ", "CON"]
        var owners: [String: String] = [:]
        for _ in 0..<20_000 {
            var id = ""
            for _ in 0..<random.int(in: 0...12) { id += random.pick(alphabet) }
            if random.chance(0.2) { id += "-" + SafeFileName.stem(for: random.pick(alphabet)).suffix(16) }
            if random.chance(0.05) { id = String(repeating: "z", count: 64) + id }
            let stem = SafeFileName.stem(for: id)
            expectSafe(stem)
            if let other = owners[stem], other != id {
                Issue.record("'\(other)' and '\(id)' share the name '\(stem)'")
            }
            owners[stem] = id
        }
    }

    /// Records an issue unless `stem` is 1 to 81 characters of `[a-z0-9_-]` and names no device.
    private func expectSafe(_ stem: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let allowed = stem.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        #expect(allowed && !stem.isEmpty, "'\(stem)' has characters outside [a-z0-9_-]", sourceLocation: sourceLocation)
        #expect(stem.count <= 64 + 17, "'\(stem)' is too long", sourceLocation: sourceLocation)
        #expect(
            !["con", "prn", "aux", "nul", "com1", "lpt1"].contains(stem), "'\(stem)' names a device",
            sourceLocation: sourceLocation)
    }
}
