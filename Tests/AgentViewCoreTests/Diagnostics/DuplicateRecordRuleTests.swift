import AgentViewCore
import Foundation
import Testing

/// docs/rules.md §10: when an id appears twice, the file later in path order wins, and `duplicate-record` says so.
@Suite struct DuplicateRecordRuleTests {
    /// An export and the diagnostics it must raise, as `subject | message`.
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var files: [String: String]
        var expected: [String]
    }

    /// A Support user with an external ID, and the messaging user it links to.
    static let ann = #"{"id": 5, "name": "Ann Lee", "external_id": "a-5"}"#
    static let annMessaging = #"{"id": "6a0000000000000000000005", "externalId": "a-5", "authenticated": true}"#
    /// Ann's conversation, tied to ticket 10 by its audit.
    static let conversation = "6a00000000000000000000c5"

    /// Ann, her ticket 10 and its conversation, whose messages (id, time) Ann wrote, in two pages.
    static func annTicketWithMessages(page1: [(String, String)], page2: [(String, String)]) -> [String: String] {
        func page(_ messages: [(String, String)]) -> String {
            DiagnosticExport.messages(
                messages.map { DiagnosticExport.text($0.0, author: "6a0000000000000000000005", at: $0.1) })
        }
        return [
            "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
            "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(10, requester: 5)]),
            "zendesk/tickets/10/audits.json": DiagnosticExport.audits(ticket: 10, conversation: conversation),
            "sunshine/users/a.json": DiagnosticExport.messagingUser(annMessaging),
            "sunshine/conversations/\(conversation)/messages.json": page(page1),
            "sunshine/conversations/\(conversation)/messages-page-2.json": page(page2),
        ]
    }

    /// One case per kind of record the loader deduplicates, and per way a record repeats.
    static let cases: [Case] = [
        Case(
            testDescription: "a Support user in two files",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
                "zendesk/users-old.json": DiagnosticExport.supportUsers([#"{"id": 5, "name": "Ann Old"}"#]),
            ],
            expected: [
                "support:5 | support user '5' appears in 'zendesk/users-old.json' and 'zendesk/users.json'; the copy in 'zendesk/users.json' is used"
            ]),
        Case(
            testDescription: "a ticket twice in one file",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(10, requester: 5),
                    DiagnosticExport.ticket(10, status: "solved", requester: 5),
                ]),
            ],
            expected: [
                "ticket:10 | ticket '10' appears 2 times in 'zendesk/tickets.json'; the last copy in 'zendesk/tickets.json' is used"
            ]),
        Case(
            testDescription: "a ticket three times in two files",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
                "a/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(10, requester: 5)]),
                "b/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(10, requester: 5), DiagnosticExport.ticket(10, requester: 5),
                ]),
            ],
            expected: [
                "ticket:10 | ticket '10' appears 3 times, in 'a/tickets.json' and 'b/tickets.json'; the last copy in 'b/tickets.json' is used"
            ]),
        Case(
            testDescription: "a comment, reported on its ticket",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
                "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(10, requester: 5)]),
                "zendesk/tickets/10/comments.json":
                    #"{"comments": [{"id": 7, "author_id": 5, "body": "a", "public": true}, {"id": 7, "author_id": 5, "body": "b", "public": true}]}"#,
            ],
            expected: [
                "ticket:10 | comment '7' appears 2 times in 'zendesk/tickets/10/comments.json'; the last copy in 'zendesk/tickets/10/comments.json' is used"
            ]),
        Case(
            testDescription: "a linked messaging user, reported on the Support user agents see",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
                "sunshine/users/a.json": DiagnosticExport.messagingUser(annMessaging),
                "sunshine/users/b.json": DiagnosticExport.messagingUser(annMessaging),
            ],
            expected: [
                "support:5 | messaging user '6a0000000000000000000005' appears in 'sunshine/users/a.json' and 'sunshine/users/b.json'; the copy in 'sunshine/users/b.json' is used"
            ]),
        Case(
            testDescription: "a message, reported on the ticket that shows it",
            files: annTicketWithMessages(
                page1: [("m1", "2026-05-01T09:00:00.000Z")], page2: [("m1", "2026-05-01T09:00:00.000Z")]),
            expected: [
                "ticket:10 | message 'm1' appears in 'sunshine/conversations/6a00000000000000000000c5/messages-page-2.json' and 'sunshine/conversations/6a00000000000000000000c5/messages.json'; the copy in 'sunshine/conversations/6a00000000000000000000c5/messages.json' is used"
            ]),
        Case(
            testDescription:
                "a message with a hexadecimal id, the form a message holds as bits, reported on its ticket",
            files: annTicketWithMessages(
                page1: [
                    ("6a00000000000000000000f1", "2026-05-01T09:00:00.000Z"),
                    ("6a00000000000000000000f2", "2026-05-01T09:01:00.000Z"),
                ],
                page2: [("6a00000000000000000000f1", "2026-05-01T09:00:00.000Z")]),
            expected: [
                "ticket:10 | message '6a00000000000000000000f1' appears in 'sunshine/conversations/6a00000000000000000000c5/messages-page-2.json' and 'sunshine/conversations/6a00000000000000000000c5/messages.json'; the copy in 'sunshine/conversations/6a00000000000000000000c5/messages.json' is used"
            ]),
        Case(
            testDescription: "an identity, reported on its user",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers(
                    [ann],
                    identities: [
                        #"{"id": 50, "user_id": 5, "type": "email", "value": "ann@example.com"}"#,
                        #"{"id": 50, "user_id": 5, "type": "email", "value": "ann@example.com"}"#,
                    ])
            ],
            expected: [
                "support:5 | identity '50' appears 2 times in 'zendesk/users.json'; the last copy in 'zendesk/users.json' is used"
            ]),
        Case(
            testDescription: "a conversation-log event, by its own id and its ticket",
            files: [
                "zendesk/users.json": DiagnosticExport.supportUsers([ann]),
                "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(10, requester: 5)]),
                "zendesk/tickets/10/conversation_log.json": #"""
                {"events": [{"id": "01HX", "created_at": "2026-05-01T09:00:00Z", "author": {"type": "user", "zen:support:user_id": 5}, "content": {"type": "text", "text": "a"}},
                            {"id": "01HX", "created_at": "2026-05-01T09:00:00Z", "author": {"type": "user", "zen:support:user_id": 5}, "content": {"type": "text", "text": "a"}}]}
                """#,
            ],
            expected: [
                "ticket:10 | conversation-log event '01HX' of ticket 10 appears 2 times in 'zendesk/tickets/10/conversation_log.json'; the last copy in 'zendesk/tickets/10/conversation_log.json' is used"
            ]),
        Case(
            testDescription: "a ticket metric",
            files: [
                "zendesk/ticket_metrics.json":
                    #"{"ticket_metrics": [{"id": 1, "ticket_id": 6999, "requester_updated_at": null}, {"id": 2, "ticket_id": 6999, "requester_updated_at": null}]}"#
            ],
            expected: [
                "ticket:6999 | the ticket metric of ticket 6999 appears 2 times in 'zendesk/ticket_metrics.json'; the last copy in 'zendesk/ticket_metrics.json' is used"
            ]),
        Case(
            testDescription: "a messaging user no page holds, by a hostile id",
            files: [
                "sunshine/a.json": DiagnosticExport.messagingUser(#"{"id": "../<b>x</b>", "authenticated": false}"#),
                "sunshine/b.json": DiagnosticExport.messagingUser(#"{"id": "../<b>x</b>", "authenticated": false}"#),
            ],
            expected: [
                "messaging:../<b>x</b> | messaging user '../<b>x</b>' appears in 'sunshine/a.json' and 'sunshine/b.json'; the copy in 'sunshine/b.json' is used"
            ]),
    ]

    @Test(arguments: cases)
    func raisesOnePerRecordNamingEveryFileAndTheCopyUsed(_ testCase: Case) throws {
        let found = try DiagnosticExport.diagnostics("duplicate-record", in: testCase.files)
        #expect(found.allSatisfy { $0.severity == .warning && $0.advice == "remove the stale copy from the export" })
        #expect(DiagnosticExport.summaries(found) == testCase.expected)
    }

    @Test func theCopyLaterInPathOrderIsTheOneShown() throws {
        let view = try Fixtures.view([
            "zendesk/users.json": DiagnosticExport.supportUsers([Self.ann]),
            "zendesk/users-old.json": DiagnosticExport.supportUsers([#"{"id": 5, "name": "Ann Old"}"#]),
        ])
        #expect(view.users.compactMap(\.supportUser?.name) == ["Ann Lee"])
    }

    /// A webhook copy of a listed message completes it (§5 rule 1): it is no stale copy.
    @Test func aWebhookCopyOfAMessageIsNoDuplicate() throws {
        let webhook = #"""
            {"app": {"id": "app"}, "webhook": {"id": "hook", "version": "v2"}, "events": [{"id": "e1", "createdAt": "2026-05-01T09:00:00.000Z", "type": "conversation:message",
             "payload": {"conversation": {"id": "\#(Self.conversation)"}, "message": {"id": "m1", "received": "2026-05-01T09:00:00.000Z",
             "author": {"type": "user", "userId": "6a0000000000000000000005", "user": {"id": "6a0000000000000000000005", "authenticated": true}}, "content": {"type": "text", "text": "hi"}}}}]}
            """#
        let found = try DiagnosticExport.diagnostics(
            "duplicate-record",
            in: [
                "sunshine/users/a.json": DiagnosticExport.messagingUser(Self.annMessaging),
                "sunshine/users/6a0000000000000000000005/conversations.json": DiagnosticExport.conversations([
                    Self.conversation
                ]),
                "sunshine/conversations/\(Self.conversation)/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("m1", author: "6a0000000000000000000005", at: "2026-05-01T09:00:00.000Z")
                ]),
                "sunshine/webhooks/1.json": webhook,
            ])
        #expect(found.isEmpty)
    }

    /// The sample is a clean export: no id appears twice, so its pages and snapshot do not change.
    @Test func theSampleHasNoDuplicates() throws {
        let export = try ExportLoader().load(directory: Fixtures.packageRoot.appendingPathComponent("Samples").path)
        #expect(export.duplicates.isEmpty)
    }
}
