/// The version of AgentView, printed by `agentview --version` and written into each output's marker file.
public enum ToolVersion {
    /// Semantic version; raise it with every release.
    public static let current = "0.3.0"
}
