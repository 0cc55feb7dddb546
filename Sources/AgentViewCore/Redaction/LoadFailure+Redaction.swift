extension LoadFailure {
    /// The failure as a redacted run prints it (docs/rules.md §12 rule 20): no value of the export quoted, and
    /// each file's path inside the export folder `root` redacted as pages redact export paths (rule 17), so a
    /// CI log shows neither `by-email/ann@example.com.json` nor a real conversation id. The folder given on
    /// the command line is kept as given, to tell which export failed.
    public func redacted(_ redaction: Redaction, root: String) -> LoadFailure {
        let redactedPath = ExportRedactor.pathRedactor(redaction)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return LoadFailure(
            errors: withoutValues.errors.map { error in
                var error = error
                if error.path.hasPrefix(prefix) {
                    error.path = prefix + redactedPath(String(error.path.dropFirst(prefix.count)))
                }
                return error
            })
    }
}
