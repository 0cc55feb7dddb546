import Mustache
import Testing

/// Renders `templates["page"]` with the other templates as partials, recording any error as an
/// issue at the caller's line.
func render(
    _ templates: [String: String], _ context: MustacheValue = [:], strict: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) -> String? {
    do {
        return try MustacheLibrary(templates: templates).render("page", context, strict: strict)
    } catch {
        Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Renders `templates["page"]` and returns the error it throws, recording an issue if it throws
/// none or fails to load.
func renderError(
    _ templates: [String: String], _ context: MustacheValue = [:], strict: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) -> MustacheError? {
    let library: MustacheLibrary
    do {
        library = try MustacheLibrary(templates: templates)
    } catch {
        Issue.record("unexpected load error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
    do {
        let output = try library.render("page", context, strict: strict)
        Issue.record("expected an error, rendered \(String(reflecting: output))", sourceLocation: sourceLocation)
    } catch {
        return error
    }
    return nil
}

/// Loads templates and returns the load error, recording an issue if loading succeeds.
func loadError(_ templates: [String: String], sourceLocation: SourceLocation = #_sourceLocation)
    -> MustacheLoadError?
{
    do {
        _ = try MustacheLibrary(templates: templates)
        Issue.record("expected a load error", sourceLocation: sourceLocation)
    } catch {
        return error
    }
    return nil
}
