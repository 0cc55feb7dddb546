import AgentViewCore
import Testing

/// Small in-memory exports in the shapes Zendesk and Sunshine Conversations return, for diagnostic tests.
///
/// Paths follow the export layout (docs/rules.md §10), so records without a parent id take it from the folder.
enum DiagnosticExport {
    /// `zendesk/users.json`: a cursor-incremental page with side-loaded identities.
    static func supportUsers(_ users: [String], identities: [String] = []) -> String {
        #"{"users": [\#(users.joined(separator: ", "))], "identities": [\#(identities.joined(separator: ", "))]}"#
    }

    /// `zendesk/tickets.json`.
    static func tickets(_ tickets: [String]) -> String {
        #"{"tickets": [\#(tickets.joined(separator: ", "))]}"#
    }

    /// One open-or-other messaging ticket, with a brand when given.
    static func ticket(
        _ id: Int, status: String = "open", requester: Int, channel: String = "native_messaging", brand: Int? = nil,
        created: String = "2026-05-01T09:00:00Z"
    ) -> String {
        let brandKey = brand.map { #", "brand_id": \#($0)"# } ?? ""
        return
            #"{"id": \#(id), "status": "\#(status)", "requester_id": \#(requester), "via": {"channel": "\#(channel)"}\#(brandKey), "created_at": "\#(created)", "updated_at": "\#(created)"}"#
    }

    /// `zendesk/tickets/<id>/audits.json` whose creation audit ties the ticket to a conversation.
    static func audits(ticket: Int, conversation: String) -> String {
        #"{"audits": [{"id": \#(ticket)0, "ticket_id": \#(ticket), "events": [{"type": "ChatStartedEvent", "value": {"conversation_id": "\#(conversation)", "channel": "native_messaging", "history": []}}]}]}"#
    }

    /// `zendesk/tickets/<id>/conversation_log.json` whose events reference Sunshine messages by id, as
    /// `GET /api/v2/tickets/{id}/conversation_log` returns them: no event names a conversation.
    static func conversationLog(messages: [(id: String, author: String, at: String)]) -> String {
        let events = messages.map { message in
            #"{"id": "log-\#(message.id)", "type": "Messaging::ConversationMessage", "reference": "zen:sunco:conversation_message:\#(message.id)", "created_at": "\#(message.at.prefix(19))Z", "received_at": "\#(message.at)", "author": {"type": "user", "display_name": "User", "zen:sunco:user_id": "\#(message.author)"}, "content": {"type": "text", "text": "hi"}, "source": {"type": "web"}, "metadata": {"custom": {}, "system": {}}}"#
        }
        return
            #"{"events": [\#(events.joined(separator: ", "))], "links": {"next": null, "prev": null}, "meta": {"has_more": false}}"#
    }

    /// `sunshine/users/<id>.json`.
    static func messagingUser(_ body: String) -> String { #"{"user": \#(body)}"# }

    /// `sunshine/users/<id>/conversations.json` listing conversations by id.
    static func conversations(_ ids: [String]) -> String {
        #"{"conversations": [\#(ids.map { #"{"id": "\#($0)", "type": "personal"}"# }.joined(separator: ", "))]}"#
    }

    /// `sunshine/conversations/<id>/messages.json`.
    static func messages(_ messages: [String]) -> String {
        #"{"messages": [\#(messages.joined(separator: ", "))]}"#
    }

    /// An end-user text message.
    static func text(_ id: String, author: String, at time: String) -> String {
        #"{"id": "\#(id)", "received": "\#(time)", "author": {"type": "user", "userId": "\#(author)"}, "content": {"type": "text", "text": "hi"}, "source": {"type": "web"}}"#
    }

    /// An end-user answer to a bot form asking for a name and an email, as Zendesk's AI agent sends it.
    static func formResponse(_ id: String, author: String, at time: String, name: String, email: String) -> String {
        #"""
        {"id": "\#(id)", "received": "\#(time)", "author": {"type": "user", "userId": "\#(author)"},
         "content": {"type": "formResponse", "fields": [{"type": "text", "name": "name", "label": "Your name", "text": "\#(name)"},
                     {"type": "email", "name": "email", "label": "Your email", "email": "\#(email)"}]}, "source": {"type": "web"}}
        """#
    }

    /// A `user:merge` webhook delivery; `conversations` (surviving, discarded) only for single-conversation merges.
    static func loginMerge(
        surviving: String, discarded: String, at time: String, conversations: (String, String)? = nil
    ) -> String {
        let merged =
            conversations.map {
                #", "mergedConversations": {"surviving": {"id": "\#($0.0)"}, "discarded": {"id": "\#($0.1)"}}"#
            } ?? ""
        return #"""
            {"app": {"id": "app"}, "webhook": {"id": "hook", "version": "v2"}, "events": [{"id": "merge-\#(discarded)", "createdAt": "\#(time)", "type": "user:merge",
             "payload": {"mergedUsers": {"surviving": {"id": "\#(surviving)"}, "discarded": {"id": "\#(discarded)"}}\#(merged), "reason": "sdkLogin"}}]}
            """#
    }

    /// The diagnostics of one code raised on in-memory files.
    static func diagnostics(
        _ code: String, in files: [String: String], settings: Settings = Settings(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        try Fixtures.view(files, settings: settings, sourceLocation: sourceLocation).diagnostics.filter {
            $0.code == code
        }
    }

    /// Subject and message of each diagnostic, for whole-value comparisons.
    static func summaries(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.subject) | \($0.message)" }
    }
}
