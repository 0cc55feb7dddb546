import AgentViewCore

/// The time put on the pages, only when asked: `--generated-at`, else `SOURCE_DATE_EPOCH`, else none.
///
/// Reproducible-builds convention: `SOURCE_DATE_EPOCH` is whole seconds since 1970 UTC. Without either,
/// nothing records the wall clock, so the same export renders to the same bytes.
enum GeneratedAt {
    /// A value that could not be read as a time.
    struct Problem: Error {
        let message: String
    }

    static func parse(option: String?, environment: [String: String]) -> Result<Timestamp?, Problem> {
        if let option {
            guard let time = Timestamp(iso8601: option) else {
                return .failure(
                    Problem(
                        message:
                            "The value '\(option)' is invalid for '--generated-at <time>': use ISO 8601 such as '2026-11-21T09:30:00Z'"
                    ))
            }
            return .success(time)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), seconds >= 0, seconds < 253_402_300_800 else {
                return .failure(
                    Problem(message: "SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds since 1970"))
            }
            return .success(Timestamp(millisecondsSinceEpoch: seconds * 1000))
        }
        return .success(nil)
    }
}
