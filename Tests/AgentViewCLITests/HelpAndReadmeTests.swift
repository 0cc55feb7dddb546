import Foundation
import Testing

@testable import AgentViewCLI

/// The README and `--help` describe the same commands and options (issue 14): an option added to one
/// and not the other fails here.
@Suite("README and --help agree")
struct HelpAndReadmeTests {
    static let readme = sampleExport.deletingLastPathComponent().appendingPathComponent("README.md")

    /// Every `--option` the README mentions in its usage block and tables.
    static func readmeOptions() throws -> Set<String> {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: "--[a-z][a-z-]*[a-z]")
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
    }

    @Test("Every option of every command is in the README, and --help lists it")
    func everyOptionIsDocumented() throws {
        let documented = try Self.readmeOptions()
        for command in [AgentViewCommand.render, AgentViewCommand.diff, AgentViewCommand.merge] {
            let help = runCLI([command.name, "--help"]).output
            for option in command.options {
                #expect(documented.contains("--\(option.name)"), "README lacks --\(option.name) of \(command.name)")
                #expect(help.contains("--\(option.name)"), "agentview \(command.name) --help lacks --\(option.name)")
            }
        }
        #expect(documented.contains("--version") && runCLI(["--help"]).output.contains("--version"))
    }

    @Test("render and diff share one set of settings options: the same names, help texts and defaults")
    func bothCommandsShareTheSettingsOptions() throws {
        #expect(SettingsOptions.options.count == 8)
        for option in SettingsOptions.options {
            for command in [AgentViewCommand.render, AgentViewCommand.diff] {
                let found = try #require(command.options.first { $0.name == option.name }, "\(command.name)")
                #expect(found.help == option.help && found.defaultValue == option.defaultValue, "\(command.name)")
                #expect(found.kind == option.kind && found.valueName == option.valueName, "\(command.name)")
            }
        }
    }

    @Test("The README's usage block names no option that agentview does not have")
    func theReadmeNamesNoUnknownOption() throws {
        let known = Set(
            (AgentViewCommand.render.options + AgentViewCommand.diff.options + AgentViewCommand.merge.options).map {
                "--\($0.name)"
            }
                + ["--help", "--version"])
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let usage = try #require(
            text.components(separatedBy: "## Usage").dropFirst().first?.components(separatedBy: "```").dropFirst().first
        )
        let regex = try NSRegularExpression(pattern: "--[a-z][a-z-]*[a-z]")
        for match in regex.matches(in: usage, range: NSRange(usage.startIndex..., in: usage)) {
            let option = String(usage[Range(match.range, in: usage)!])
            #expect(known.contains(option), "README usage names \(option), which agentview does not have")
        }
        let lines = usage.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(Set(lines).count == lines.count, "the README's usage block repeats a line")
    }

    @Test("Nothing in the repository points outside it: no sibling shared folder, no spec file users lack")
    func theRepositoryStandsAlone() throws {
        let root = Self.readme.deletingLastPathComponent()
        // Spelled in pieces, so that this file does not match itself.
        let forbidden = [".." + "/shared", "DOMAIN" + ".md"]
        var offenders: [String] = []
        for folder in ["Sources", "Tests", "Templates", "Samples", "docs", ".ci"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let path = walker.nextObject() as? String {
                guard let text = try? String(contentsOfFile: base.path + "/" + path, encoding: .utf8) else { continue }
                if forbidden.contains(where: text.contains) { offenders.append(folder + "/" + path) }
            }
        }
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        if forbidden.contains(where: readme.contains) { offenders.append("README.md") }
        #expect(offenders.isEmpty, "these files point outside the repository: \(offenders)")
    }
}
