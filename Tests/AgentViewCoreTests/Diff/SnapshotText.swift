import AgentViewCore

/// Small `snapshot.json` texts written by hand, so error positions and orders are easy to check.
enum SnapshotText {
    /// A user object on one line, with `fields` replacing or adding keys at the end.
    static func user(_ key: String, authenticated: Bool = true, name: String? = "Ann Lee", fields: String = "")
        -> String
    {
        let shownName = name.map { #""\#($0)""# } ?? "null"
        return
            #"{"key": "\#(key)", "page": "users/x.html", "supportUserId": null, "authenticated": \#(authenticated), "authenticatedVia": \#(authenticated ? #""jwt""# : "null"), "conversationName": \#(shownName), "essentialsCard": {"name": \#(shownName), "email": null, "checkMark": \#(authenticated)}, "profile": {"name": \#(shownName), "email": null, "externalId": null, "checkMark": \#(authenticated)}, "metadataVariables": {"providedName": "", "providedEmail": "", "authenticatedExternalId": "", "authenticatedStatus": "\#(authenticated)"}, "tickets": []\#(fields)}"#
    }

    /// A ticket object on one line.
    static func ticket(_ id: String, requester: String = "support:1", checkMark: Bool = true, messages: String = "")
        -> String
    {
        #"{"id": "\#(id)", "page": "tickets/\#(id).html", "requester": "\#(requester)", "status": "open", "checkMark": \#(checkMark), "messages": [\#(messages)]}"#
    }

    /// A diagnostic object on one line.
    static func diagnostic(_ code: String, subject: String, message: String = "m") -> String {
        #"{"code": "\#(code)", "severity": "note", "subject": "\#(subject)", "message": "\#(message)", "advice": "a"}"#
    }

    /// A whole snapshot, one array element per line after the opening lines.
    static func document(
        schema: String = #""agentview.snapshot/1""#, settings: String = #"{"activeTicketCap": 100}"#,
        users: [String] = [], tickets: [String] = [], diagnostics: [String] = []
    ) -> String {
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        return """
            {
              "schema": \(schema),
              "settings": \(settings),
              "users": \(list(users)),
              "tickets": \(list(tickets)),
              "diagnostics": \(list(diagnostics))
            }

            """
    }

    /// The document read from `text` as if from `old/snapshot.json`.
    static func read(_ text: String) throws(SnapshotError) -> SnapshotDocument {
        try SnapshotDocument(bytes: Array(text.utf8), path: "old/snapshot.json")
    }

    /// The error reading `text` gives, as printed; nil when it reads.
    static func error(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.description
        }
    }
}
