import ArgumentKit
import Testing

/// A last positional argument that takes every remaining value (`agentview merge SHARD_DIR...`).
@Suite("Variadic arguments")
struct VariadicTests {
    static let merge = CommandSpec(
        name: "merge", overview: "Join shards.",
        arguments: [.variadic("SHARD_DIR", help: "A shard folder.")],
        options: [.value("out", valueName: "dir", help: "Where.", default: "site")])
    static let root = CommandSpec(name: "tool", overview: "A tool.", subcommands: [merge])

    private func parse(_ arguments: [String]) throws -> ParsedCommand {
        guard case .command(let command) = try Self.root.parse(arguments: arguments) else {
            Issue.record("no command")
            throw UsageErrorMarker()
        }
        return command
    }

    private struct UsageErrorMarker: Error {}

    @Test("every remaining value is taken, in order, around options")
    func takesAll() throws {
        let parsed = try parse(["merge", "a", "b", "--out", "x", "c"])
        #expect(parsed.positionals("SHARD_DIR") == ["a", "b", "c"])
        #expect(parsed.positional("SHARD_DIR") == "a")
        #expect(parsed.value("out") == "x")
    }

    @Test("one value is enough, none is a missing argument")
    func oneOrMore() throws {
        #expect(try parse(["merge", "only"]).positionals("SHARD_DIR") == ["only"])
        #expect(throws: UsageError.self) { try Self.root.parse(arguments: ["merge"]) }
    }

    @Test("the usage line says the argument repeats")
    func usage() throws {
        guard case .help(let text) = try Self.root.parse(arguments: ["merge", "--help"]) else {
            Issue.record("no help")
            return
        }
        #expect(text.contains("<shard-dir> ..."))
    }
}
