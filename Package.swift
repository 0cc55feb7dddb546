// swift-tools-version: 6.0
import PackageDescription

// Stages flow one way: load + model (AgentViewCore) → render (AgentViewRender) → CLI.
// The Mustache engine, the JSON reader and the argument parser know nothing of Zendesk.
let package = Package(
    name: "AgentView",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agentview", targets: ["agentview"]),
        .library(name: "Mustache", targets: ["Mustache"]),
    ],
    targets: [
        .target(name: "Mustache"),
        .target(name: "JSONTree"),
        .target(name: "ArgumentKit"),
        // SHA-256 and HMAC for keyed pseudonyms (--redact), tested on the FIPS 180-4 and RFC 4231 vectors.
        .target(name: "Digest"),
        // `malloc_trim`, which the Glibc module does not expose: the loader gives back the memory the files' trees
        // and per-file record lists held, once the export is assembled. And `copy_file_range`, which it does not
        // declare either: `merge` copies the shards' pages inside the kernel.
        .target(name: "CSystem"),
        .target(name: "AgentViewCore", dependencies: ["JSONTree", "Digest", "CSystem"]),
        .target(name: "AgentViewRender", dependencies: ["AgentViewCore", "Mustache", "JSONTree", "Digest"]),
        // Writes Sources/AgentViewRender/EmbeddedTemplates.swift from Templates/, so the binary carries its
        // templates (a build-tool plugin keeps stale inputs on Linux once a template is deleted).
        .executableTarget(name: "TemplateEmbedder"),
        .target(
            name: "AgentViewCLI",
            dependencies: ["AgentViewCore", "AgentViewRender", "ArgumentKit", "JSONTree", "Digest", "CSystem"]),
        .executableTarget(name: "agentview", dependencies: ["AgentViewCLI"]),
        .executableTarget(name: "MustacheBenchmark", dependencies: ["Mustache"]),
        // A synthetic export in the real shapes, of any size: for the render benchmark and the shard tests.
        .target(name: "SyntheticExport", dependencies: ["AgentViewCore"]),
        .executableTarget(
            name: "RenderBenchmark",
            dependencies: ["AgentViewCLI", "AgentViewCore", "AgentViewRender", "SyntheticExport"]),
        // The vendored spec and JSON corpora are read from disk at test time, next to the test sources.
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"], exclude: ["Spec/Fixtures"]),
        .testTarget(name: "JSONTreeTests", dependencies: ["JSONTree"], exclude: ["JSONTestSuite"]),
        .testTarget(name: "ArgumentKitTests", dependencies: ["ArgumentKit"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "AgentViewCoreTests", dependencies: ["AgentViewCore", "JSONTree"]),
        .testTarget(
            name: "AgentViewRenderTests", dependencies: ["AgentViewRender", "AgentViewCore", "Mustache", "JSONTree"],
            exclude: ["__Snapshots__"]),
        .testTarget(name: "AgentViewCLITests", dependencies: ["AgentViewCLI", "AgentViewCore", "SyntheticExport"]),
    ]
)
