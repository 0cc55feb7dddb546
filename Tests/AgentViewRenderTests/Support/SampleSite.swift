import AgentViewCore
import Foundation

@testable import AgentViewRender

/// The bundled sample export rendered once with the built-in templates, shared by every test.
struct SampleSite: Sendable {
    let view: AgentView
    /// Every HTML page of the site by relative path.
    let pages: [String: String]
    /// The site's other files (the stylesheet) by relative path.
    let assets: [String: String]
    let renderer: PageRenderer

    private static let shared = Result { try SampleSite() }

    /// The rendered sample; loading or rendering problems fail the calling test.
    static func load() throws -> SampleSite { try shared.get() }

    private init() throws {
        let export = try ExportLoader().load(directory: PackagePaths.samples.path)
        view = AgentView(export: export)
        renderer = try makeRenderer(timeZone: view.settings.timeZone)
        let files = try renderer.site(view)
        pages = Dictionary(
            files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.contents) },
            uniquingKeysWith: { first, _ in first })
        assets = Dictionary(
            files.filter { !$0.path.hasSuffix(".html") }.map { ($0.path, $0.contents) },
            uniquingKeysWith: { first, _ in first })
    }

    /// A page by path; fails the test when the site has no such page.
    func page(_ path: String) throws -> String {
        guard let page = pages[path] else { throw MissingPage(path: path) }
        return page
    }

    /// A user of the sample by key text.
    func user(_ key: String) throws -> UserView {
        guard let userKey = UserKey(key), let user = view.user(userKey) else { throw MissingPage(path: key) }
        return user
    }

    /// A report of one user of the sample.
    func report(_ key: String) throws -> String {
        try renderer.report(for: try user(key), in: view)
    }

    /// Thrown when a test asks for a page or user the sample does not have.
    struct MissingPage: Error, CustomStringConvertible {
        let path: String
        var description: String { "the sample has no '\(path)'" }
    }
}

/// A renderer with the built-in templates in a time zone, or an error naming the zone.
func makeRenderer(timeZone: String) throws -> PageRenderer {
    guard let renderer = PageRenderer(templates: try TemplateSet.builtIn(), timeZone: timeZone) else {
        throw SampleSite.MissingPage(path: "time zone \(timeZone)")
    }
    return renderer
}
