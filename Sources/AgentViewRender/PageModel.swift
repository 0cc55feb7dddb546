import Mustache

/// A page's view model: its title and the values its template shows.
protocol PageModel {
    /// The `<title>`, before ` · AgentView`.
    var title: String { get }
    /// The template's context, besides `layout`.
    var values: MustacheMap { get }
}
