import AgentViewCore
import Foundation
import Testing

/// Every real payload of `../shared/realworld` loads, placed where the folder convention puts it.
@Suite(.enabled(if: Fixtures.hasRealworld, "../shared/realworld is absent beside this clone: the real-world payload tests are skipped"))
struct RealworldLoadingTests {
    private func load(_ placements: [String: String]) throws -> Export {
        var files: [(String, [UInt8])] = []
        for (name, path) in placements { files.append((path, try Fixtures.realworldBytes(name))) }
        return try ExportLoader().load(files: files)
    }

    @Test func supportUsersWithSideLoadedIdentities() throws {
        let export = try load(["zendesk-users-incremental-cursor-with-identities.json": "users.json"])
        let user = try #require(export.supportUsers.first)
        #expect(user.id == "6128164851599")
        #expect(user.name == "AmberBlanchard")
        #expect(user.timeZone == "Pacific/Noumea")
        #expect(user.identities.map(\.value) == ["integration-test+amberblanchard@airbyte.io"])
        #expect(user.primaryEmail == "integration-test+amberblanchard@airbyte.io")
    }

    @Test func supportUsersTimeBasedAndIdentityList() throws {
        let export = try load(["zendesk-users-incremental-time-based.json": "users.json", "zendesk-user-identities-list.json": "identities.json"])
        let user = try #require(export.supportUsers.first)
        #expect(user.externalID == "sai989sur98w9")
        #expect(user.role == "agent")
        #expect(user.createdAt == Timestamp(iso8601: "2009-07-20T22:55:29Z"))
        #expect(export.unattachedIdentities.map(\.userID) == ["135"])
    }

    @Test(arguments: ["zendesk-tickets-incremental-cursor.json", "zendesk-tickets-incremental-time-based.json"])
    func tickets(file: String) throws {
        let export = try load([file: "tickets.json"])
        let ticket = try #require(export.tickets.first)
        #expect(ticket.id == "35436")
        #expect(ticket.status == "open")
        #expect(ticket.requesterID == "20978392")
        #expect(ticket.channel == "web")
        #expect(ticket.subject == "Help, my printer is on fire!")
    }

    @Test func ticketMetricsListAndShow() throws {
        let export = try load(["zendesk-ticket-metrics-list.json": "metrics.json", "zendesk-ticket-metric-show.json": "metric.json"])
        #expect(export.metrics.map(\.ticketID) == ["145", "1511", "1517"])
        #expect(export.metrics.last?.requesterUpdatedAt == Timestamp(iso8601: "2020-07-21T01:17:16Z"))
    }

    @Test func commentsTakeTheTicketFromTheFolder() throws {
        let export = try load(["zendesk-ticket-comments-list.json": "tickets/77/comments.json"])
        let comment = try #require(export.comments.first)
        #expect(comment.ticketID == "77")
        #expect(comment.authorID == "123123")
        #expect(comment.body == "Thanks for your help!")
        #expect(comment.channel == "web")
    }

    @Test func incrementalTicketEventsGiveComments() throws {
        let export = try load(["zendesk-ticket-events-incremental-comments.json": "ticket_events.json"])
        #expect(export.comments.map(\.ticketID) == ["35436"])
        #expect(export.comments.first?.body == "Test comment")
    }

    @Test func conversationLogLinksBothUserIds() throws {
        let export = try load(["zendesk-conversation-log-list.json": "tickets/123/conversation_log.json"])
        #expect(export.conversationLogEvents.count == 2)
        let message = try #require(export.conversationLogEvents.first { $0.type == "Messaging::ConversationMessage" })
        #expect(message.ticketID == "123")
        #expect(message.messagingMessageID != nil)
        #expect(message.authorMessagingUserID != nil)
        #expect(message.authorSupportUserID != nil)
    }

    @Test func auditsLoad() throws {
        let export = try load(["zendesk-ticket-audits-list-cursor.json": "audits.json"])
        #expect(export.ticketConversations.isEmpty)
    }

    @Test func sunshineUsers() throws {
        let export = try load(["sunco-v2-user-get.json": "users/a.json", "sunco-v2-users-list.json": "users/b.json"])
        let user = try #require(export.messagingUsers.first)
        #expect(export.messagingUsers.count == 1)
        #expect(user.id == "67a11490f0305f4a391e9f8a")
        #expect(user.externalID == "your-own-id")
        #expect(user.zendeskID == "35436")
        #expect(export.duplicates.map(\.kind) == ["messaging user"])
    }

    @Test func sunshineConversationsMessagesParticipantsClients() throws {
        let export = try load([
            "sunco-v2-conversations-list.json": "users/67179a2930a150d5adc4d51f/conversations.json",
            "sunco-v2-messages-list.json": "conversations/67a0ecf8f0305f4a391e9db1/messages.json",
            "sunco-v2-message-post-response-image.json": "conversations/67a0ecf8f0305f4a391e9db1/posted.json",
            "sunco-v2-participants-list.json": "conversations/67a0ecf8f0305f4a391e9db1/participants.json",
            "sunco-v2-clients-list.json": "users/67179a2930a150d5adc4d51f/clients.json",
        ])
        #expect(export.conversations.map(\.userID) == ["67179a2930a150d5adc4d51f"])
        #expect(export.messages.map(\.id) == ["5f748c1a2b5315fc007e7977", "67a10c0bf0305f4a391e9e51"])
        #expect(export.messages.first?.content.mediaURL == "https://example.org/image.jpg")
        #expect(export.participants.map(\.userID) == ["67179a2930a150d5adc4d51f"])
        #expect(export.messagingUsers.first?.clientTypes == ["sdk"])
    }

    @Test func webhooks() throws {
        let export = try load([
            "sunco-v2-webhook-conversation-message.json": "webhooks/1.json", "sunco-v2-webhook-conversation-create.json": "webhooks/2.json",
            "sunco-v2-webhook-user-merge.json": "webhooks/3.json", "sunco-v2-webhook-user-update.json": "webhooks/4.json",
            "sunco-v2-webhook-client-add.json": "webhooks/5.json",
        ])
        #expect(Set(export.webhookEvents.map(\.type)) == ["conversation:message", "conversation:create", "user:merge", "user:update", "client:add"])
        let message = try #require(export.messages.first)
        #expect(message.authorAuthenticatedAtSend == true)
        #expect(message.conversationID == "f52b01137aa6c250bc7251fa")
        let merges = MergeHistory(events: export.webhookEvents)
        #expect(merges.userAliases == ["1a64f7f75028fef55f815007": "26508c10541a4b0ff472e5e2"])
    }

    @Test func realworldFilesOutsideTheirFolderSayWhereToGo() throws {
        do {
            _ = try load(["zendesk-ticket-comments-list.json": "comments.json"])
            Issue.record("comments outside tickets/<id>/ must not load")
        } catch let failure as LoadFailure {
            #expect(failure.description == "export/comments.json: error: comments carry no parent id: put this file at 'tickets/<ticketId>/comments.json'")
        }
    }
}
