import AgentViewCore
import AgentViewRender
import Digest
import Foundation
import JSONTree

/// The last step of `agentview render`: the site and `snapshot.json` of a view, written into a fresh
/// folder that replaces the output folder whole (`OutputFolder`), pages rendered on every core.
///
/// Public so that the render benchmark measures exactly what the command does.
public enum SiteOutput {
    /// What writing took: pages written, their bytes, and thread-seconds by activity.
    public struct Figures: Sendable {
        public var pages = 0
        public var bytes = 0
        /// Thread-seconds spent building page models and rendering templates.
        public var renderSeconds = 0.0
        /// Thread-seconds spent in `open`/`write`/`close` of pages.
        public var writeSeconds = 0.0
    }

    /// Writes the site of `view` to the folder at `path`, once `OutputGuard` allows it given the command's
    /// `inputs` and the files it must `keep`; `progress` hears pages written and the total,
    /// from any thread.
    @discardableResult
    public static func write(
        _ view: AgentView, with renderer: PageRenderer, to path: String, inputs: [String] = [], keep: [String] = [],
        progress: @escaping @Sendable (_ written: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> Figures {
        let pages = renderer.pages(of: view)
        var figures = Figures()
        try OutputFolder(path: path, inputs: inputs, keep: keep).replace { staging in
            // snapshot.json is one stream, written in order: on a thread of its own it takes a share of the
            // cores while the pages render, instead of leaving all but one idle before them (a tenth of a
            // render's CPU at 1,000 users).
            let snapshot = BackgroundJob(named: "agentview.snapshot") {
                try staging.stream(to: "snapshot.json") { write in try Snapshot.write(view, to: write) }
            }
            let written = Result {
                try SiteWriter(renderer: renderer, view: view).write(pages, into: staging) { written in
                    progress(written, pages.count)
                }
            }
            try snapshot.wait()
            figures = try written.get()
        }
        return figures
    }

    /// Writes shard `shard` of the site of `view` to the folder at `path` (`render --shard k/n`): the pages
    /// of the users and tickets it owns and its `shard.json`, in a folder marked as a shard folder.
    @discardableResult
    public static func writeShard(
        _ view: AgentView, shard: Shard, with renderer: PageRenderer, to path: String, inputs: [String] = [],
        keep: [String] = [], progress: @escaping @Sendable (_ written: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> Figures {
        let pages = ShardFile.pages(of: view, shard: shard, renderer: renderer)
        let fingerprint = settingsFingerprint(view, renderer)
        var figures = Figures()
        try OutputFolder(path: path, inputs: inputs, keep: keep).replace(kind: shardKind(shard)) { staging in
            try staging.stream(to: ShardFile.name) { write in
                try ShardFile.write(
                    view: view, shard: shard, renderer: renderer, pages: pages, settingsFingerprint: fingerprint,
                    to: write)
            }
            figures = try SiteWriter(renderer: renderer, view: view).write(pages, into: staging) { written in
                progress(written, pages.count)
            }
        }
        return figures
    }

    /// The kind a shard folder's marker names: `shard 2/4`.
    static func shardKind(_ shard: Shard) -> String { OutputMarker.shardKindPrefix + "\(shard)" }

    /// Whether `render --shard` wrote `folder`, as its marker says: nil when it has no marker (or is no
    /// folder), false when another command wrote it. Any other failure to read the marker (too many open
    /// files, no permission) is thrown as it is. `merge` and `diff` tell shard folders by this alone.
    static func wroteShard(_ folder: String) throws(FileSystemError) -> Bool? {
        let marker: [UInt8]
        do throws(FileSystemError) {
            marker = try OpenShardFile(path: folder + "/" + OutputMarker.name).contents()
        } catch {
            // Not there, or not a regular file (a FIFO planted there): no marker.
            guard [ENOENT, ENOTDIR, EISDIR, EINVAL].contains(error.code) else { throw error }
            return nil
        }
        return String(decoding: marker, as: UTF8.self).contains("(" + OutputMarker.shardKindPrefix)
    }

    /// A digest of everything that changes the site's bytes besides the export: the version, the settings
    /// `snapshot.json` records, the renderer's (`PageRenderer.fingerprint`) and the redaction key's.
    static func settingsFingerprint(_ view: AgentView, _ renderer: PageRenderer) -> String {
        var digest = SHA256()
        let head = JSONValue(
            .object(JSONObject(Snapshot.head(of: view).map { JSONObject.Member(key: $0.0, value: $0.1) })))
        for part in [
            ToolVersion.current, JSONWriter.serialize(head), renderer.fingerprint,
            view.settings.redaction?.keyFingerprint ?? "",
        ] {
            digest.update(part.utf8)
            digest.update([0])
        }
        return digest.finalize().hexadecimal
    }
}
