import AgentViewCore
import ArgumentKit

/// `render --shard k/n` (or `auto`, from CI_NODE_INDEX and CI_NODE_TOTAL), and what it may not be
/// combined with.
enum ShardOption {
    /// The shard to render, nil without `--shard`, or the sentence saying why the command line is wrong.
    static func shard(
        from command: ParsedCommand, settings: Settings, environment: [String: String]
    ) -> Result<Shard?, SettingsOptions.Misuse> {
        guard let text = command.value("shard") else { return .success(nil) }
        let shard: Shard
        if text == "auto" {
            guard let index = environment["CI_NODE_INDEX"], let total = environment["CI_NODE_TOTAL"] else {
                return .failure(
                    .init(
                        "'--shard auto' reads CI_NODE_INDEX and CI_NODE_TOTAL (as GitLab's 'parallel:' sets them), and \(environment["CI_NODE_INDEX"] == nil ? "CI_NODE_INDEX" : "CI_NODE_TOTAL") is not set; give '--shard k/n' instead"
                    ))
            }
            guard let given = Shard("\(index)/\(total)") else {
                return .failure(
                    .init(
                        "'--shard auto' read CI_NODE_INDEX='\(TerminalText.safe(index))' and CI_NODE_TOTAL='\(TerminalText.safe(total))', which are not a shard k of n with 1 ≤ k ≤ n ≤ \(Shard.maxCount)"
                    ))
            }
            shard = given
        } else {
            guard let given = Shard(text) else {
                return .failure(
                    .init(
                        "'--shard \(TerminalText.safe(text))' is not a shard: give k/n with 1 ≤ k ≤ n ≤ \(Shard.maxCount), such as 2/4, or 'auto'"
                    ))
            }
            shard = given
        }
        if command.value("user") != nil {
            return .failure(
                .init(
                    "'--user' writes the report of one user of the whole export; it cannot be combined with '--shard'"))
        }
        if command.value("fail-on") != nil || command.flag("strict") {
            return .failure(
                .init(
                    "'--fail-on' and '--strict' judge every diagnostic, which no shard alone holds: give them to 'agentview merge'"
                ))
        }
        if command.value("out") == nil {
            return .failure(.init("'--shard' needs '--out <path>': the shard folder that 'agentview merge' reads"))
        }
        if settings.redaction?.keySource == .random {
            return .failure(
                .init(
                    "'--redact' with '--shard' needs a key from '--redact-key-file' or AGENTVIEW_REDACT_KEY: a random key per shard would give each shard other pseudonyms, so the shards could not be merged"
                ))
        }
        return .success(shard)
    }
}
