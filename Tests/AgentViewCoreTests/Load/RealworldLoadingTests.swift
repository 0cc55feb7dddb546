import AgentViewCore
import Foundation
import Testing

/// Every payload of `Tests/Fixtures/realworld` loads, placed where the folder convention puts it.
///
/// The payloads have the field names and nesting of real Zendesk Support and Sunshine Conversations
/// responses, with values of the project's own; each test names the fields the loader must read.
@Suite
struct RealworldLoadingTests {
    /// The messaging user who signs in, and the anonymous one merged into it.
    private static let ines = "6650b1c2d3e4f5a6b7c8d901"
    private static let guest = "6650b1c2d3e4f5a6b7c8d0ff"
    /// Ines's messaging conversation.
    private static let conversation = "6650b2aa0e1f2a3b4c5d6e71"

    private func load(_ placements: [String: String]) throws -> Export {
        var files: [(String, [UInt8])] = []
        for (name, path) in placements { files.append((path, try Fixtures.realworldBytes(name))) }
        return try ExportLoader().load(files: files)
    }

    @Test func theFolderHoldsEveryPayload() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.realworld.path)
        #expect(names.filter { $0.hasSuffix(".json") }.count == 23)
    }

    @Test func supportUsersWithSideLoadedIdentities() throws {
        let export = try load(["zendesk-users-incremental-cursor-with-identities.json": "users.json"])
        let user = try #require(export.supportUsers.first)
        #expect(user.id == "7301000000101")
        #expect(user.name == "Ines Moreau")
        // `iana_time_zone` ("Europe/Paris") wins over the display name in `time_zone` ("Paris").
        #expect(user.timeZone == "Europe/Paris")
        #expect(user.identities.map(\.value) == ["ines.moreau@example.org"])
        #expect(user.primaryEmail == "ines.moreau@example.org")
    }

    @Test func supportUsersTimeBasedAndIdentityList() throws {
        let export = try load([
            "zendesk-users-incremental-time-based.json": "users.json",
            "zendesk-user-identities-list.json": "identities.json",
        ])
        let user = try #require(export.supportUsers.first)
        #expect(user.externalID == "nw-agent-0042")
        #expect(user.role == "agent")
        #expect(user.timeZone == "Stockholm")
        #expect(user.createdAt == Timestamp(iso8601: "2018-03-12T08:30:00Z"))
        #expect(export.unattachedIdentities.map(\.userID) == ["7301000000199"])
    }

    @Test(arguments: ["zendesk-tickets-incremental-cursor.json", "zendesk-tickets-incremental-time-based.json"])
    func tickets(file: String) throws {
        let export = try load([file: "tickets.json"])
        let ticket = try #require(export.tickets.first)
        #expect(ticket.id == "4120")
        #expect(ticket.status == "open")
        #expect(ticket.requesterID == "7301000000101")
        #expect(ticket.channel == "email")
        #expect(ticket.subject == "Invoice 2291 was charged twice")
    }

    @Test func ticketMetricsListAndShow() throws {
        let export = try load([
            "zendesk-ticket-metrics-list.json": "metrics.json", "zendesk-ticket-metric-show.json": "metric.json",
        ])
        // The list holds 1204 then 310; ids sort as numbers, so 98 (from the single-metric file) comes first.
        #expect(export.metrics.map(\.ticketID) == ["98", "310", "1204"])
        #expect(export.metrics.first?.requesterUpdatedAt == Timestamp(iso8601: "2024-03-04T15:22:09Z"))
        #expect(export.metrics.last?.requesterUpdatedAt == Timestamp(iso8601: "2024-04-30T08:12:45Z"))
    }

    @Test func commentsTakeTheTicketFromTheFolder() throws {
        let export = try load(["zendesk-ticket-comments-list.json": "tickets/4120/comments.json"])
        let comment = try #require(export.comments.first)
        #expect(comment.ticketID == "4120")
        #expect(comment.authorID == "7301000000101")
        #expect(comment.body == "The second charge is still on my card statement.")
        #expect(comment.channel == "web")
    }

    @Test func incrementalTicketEventsGiveComments() throws {
        let export = try load(["zendesk-ticket-events-incremental-comments.json": "ticket_events.json"])
        #expect(export.comments.map(\.ticketID) == ["4120"])
        #expect(export.comments.first?.authorID == "7301000000102")
        #expect(export.comments.first?.body == "Refund issued for the duplicate charge.")
    }

    @Test func conversationLogLinksBothUserIds() throws {
        let export = try load(["zendesk-conversation-log-list.json": "tickets/4120/conversation_log.json"])
        #expect(
            export.conversationLogEvents.map(\.type) == [
                "Messaging::ConversationMessage", "Messaging::ConversationMessage", "Comment",
            ])
        let bot = try #require(export.conversationLogEvents.first)
        #expect(bot.authorType == "bot")
        #expect(bot.authorSupportUserID == "-1")
        // The log writes an action as one member named after its type: a reply button, with its words.
        #expect(bot.content.actions.map(\.type) == ["reply"] && bot.content.actions.map(\.text) == ["Talk to billing"])
        let message = try #require(export.conversationLogEvents.first { $0.authorType == "user" })
        #expect(message.ticketID == "4120")
        #expect(message.messagingMessageID == "6650b2e20e1f2a3b4c5d6e7e")
        #expect(message.authorMessagingUserID == Self.ines)
        #expect(message.authorSupportUserID == "7301000000101")
        #expect(export.conversationLogEvents.last?.isPublic == false)
    }

    /// §10: bare arrays and NDJSON are export shapes too, also for the records whose ticket is their folder.
    @Test func bareCommentsAndLogEventsTakeTheTicketFromTheFolder() throws {
        let export = try Fixtures.load([
            "tickets/7/comments.json":
                #"[{"id": 1, "author_id": 2, "body": "hi", "public": true, "created_at": "2026-01-01T00:00:00Z"}]"#,
            "tickets/8/comments.ndjson":
                #"{"id": 3, "author_id": 2, "body": "one", "created_at": "2026-01-01T00:00:00Z"}"# + "\n"
                + #"{"id": 4, "author_id": 2, "body": "two", "created_at": "2026-01-01T00:01:00Z"}"#,
            "tickets/9/conversation_log.json":
                #"[{"id": "01J", "type": "Messaging::ConversationMessage", "author": {"type": "user", "zen:support:user_id": 2}, "content": {"type": "text", "text": "hi"}, "created_at": "2026-01-01T00:00:00Z"}]"#,
        ])
        #expect(export.comments.map(\.ticketID).sorted() == ["7", "8", "8"])
        #expect(export.conversationLogEvents.map(\.ticketID) == ["9"])
    }

    /// A v1 message list names its conversation beside the messages: that is their parent, in any folder.
    @Test func aV1MessageListTakesItsConversationFromTheEnvelope() throws {
        let v1 = #"""
            {"conversation": {"_id": "5a0c7a8d0a6e4b001b1d2e3f", "unreadCount": 0},
             "messages": [{"_id": "5a0c7a8d0a6e4b001b1d2e50", "authorId": "5a0c7a8d0a6e4b001b1d2e01", "role": "appUser", "type": "text", "text": "hello v1", "received": 1510768813.704}],
             "next": "https://api.smooch.io/v1/appusers/x/messages?before=1"}
            """#
        for path in ["conversations/5a0c7a8d0a6e4b001b1d2e3f/messages.json", "appusers/messages.json"] {
            let export = try Fixtures.load([path: v1])
            #expect(export.messages.map(\.conversationID) == ["5a0c7a8d0a6e4b001b1d2e3f"], "\(path)")
            #expect(export.conversations.isEmpty)
        }
    }

    @Test func auditsLoad() throws {
        let export = try load(["zendesk-ticket-audits-list-cursor.json": "audits.json"])
        // Only a ChatStartedEvent links a ticket to a conversation, and audit comments are not read as comments.
        #expect(export.ticketConversations.isEmpty)
        #expect(export.comments.isEmpty)
    }

    @Test func sunshineUsers() throws {
        let export = try load(["sunco-v2-user-get.json": "users/a.json", "sunco-v2-users-list.json": "users/b.json"])
        let user = try #require(export.messagingUsers.first)
        #expect(export.messagingUsers.count == 1)
        #expect(user.id == Self.ines)
        #expect(user.externalID == "nw-customer-5521")
        #expect(user.zendeskID == "7301000000101")
        // The later path wins: the list's copy, which has the email identity.
        #expect(user.identities.map(\.value) == ["ines.moreau@example.org"])
        #expect(export.duplicates.map(\.kind) == ["messaging user"])
    }

    @Test func sunshineConversationsMessagesParticipantsClients() throws {
        let export = try load([
            "sunco-v2-conversations-list.json": "users/\(Self.ines)/conversations.json",
            "sunco-v2-messages-list.json": "conversations/\(Self.conversation)/messages.json",
            "sunco-v2-message-post-response-image.json": "conversations/\(Self.conversation)/posted.json",
            "sunco-v2-participants-list.json": "conversations/\(Self.conversation)/participants.json",
            "sunco-v2-clients-list.json": "users/\(Self.ines)/clients.json",
        ])
        #expect(export.conversations.map(\.userID) == [Self.ines])
        // Messages sort by time received: the posted image came 14 seconds before the listed text.
        #expect(export.messages.map(\.id) == ["6650b2f00e1f2a3b4c5d6e7f", "6650b3010e1f2a3b4c5d6e80"])
        #expect(export.messages.map(\.conversationID) == [Self.conversation, Self.conversation])
        #expect(export.messages.first?.content.mediaURL == "https://northwind.example/media/refund-2291.png")
        #expect(export.participants.map(\.userID) == [Self.ines])
        #expect(export.messagingUsers.first?.clientTypes == ["sdk"])
    }

    @Test func webhooks() throws {
        let export = try load([
            "sunco-v2-webhook-conversation-message.json": "webhooks/1.json",
            "sunco-v2-webhook-conversation-create.json": "webhooks/2.json",
            "sunco-v2-webhook-user-merge.json": "webhooks/3.json",
            "sunco-v2-webhook-user-update.json": "webhooks/4.json",
            "sunco-v2-webhook-client-add.json": "webhooks/5.json",
        ])
        // Sorted by createdAt: the conversation opens, the guest is merged, the user signs in, writes, adds WhatsApp.
        #expect(
            export.webhookEvents.map(\.type) == [
                "conversation:create", "user:merge", "user:update", "conversation:message", "client:add",
            ])
        let message = try #require(export.messages.first)
        #expect(message.authorAuthenticatedAtSend == true)
        #expect(message.conversationID == Self.conversation)
        let merges = MergeHistory(events: export.webhookEvents)
        #expect(merges.userAliases == [Self.guest: Self.ines])
        #expect(merges.authenticationTimes[Self.ines] == Timestamp(iso8601: "2024-05-03T07:59:55.912Z"))
        #expect(export.messagingUsers.first { $0.id == Self.ines }?.clientTypes == ["whatsapp"])
    }

    @Test func realworldFilesOutsideTheirFolderSayWhereToGo() throws {
        do {
            _ = try load(["zendesk-ticket-comments-list.json": "comments.json"])
            Issue.record("comments outside tickets/<id>/ must not load")
        } catch let failure as LoadFailure {
            let expected =
                "export/comments.json: error: comments carry no parent id: "
                + "put this file at 'tickets/<ticketId>/comments.json'"
            #expect(failure.description == expected)
        }
    }
}
