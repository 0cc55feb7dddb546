import AgentViewCore
import Testing

/// docs/rules.md §9: comments, metrics, logs and messages that name something the export lacks.
@Suite struct DanglingReferenceRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var files: [String: String]
        var expected: [String]
    }

    static let users = DiagnosticExport.supportUsers([
        #"{"id": 11, "name": "Priya Raman", "role": "agent"}"#, #"{"id": 126, "name": "Kenji Watanabe"}"#,
        #"{"id": 5, "name": "Ann Lee", "external_id": "a-5"}"#,
    ])
    static let ann = #"{"id": "6a0000000000000000000005", "externalId": "a-5", "authenticated": true}"#

    static func logEvent(author: String) -> String {
        #"""
        {"events": [{"id": "01HLOG", "type": "Messaging::ConversationMessage", "created_at": "2026-03-04T09:15:00Z",
          "author": {"type": "agent", "display_name": "Agent", \#(author)}, "content": {"type": "text", "text": "hi"}}]}
        """#
    }

    static let cases: [Case] = [
        Case(
            testDescription: "a comment by a deleted agent",
            files: [
                "zendesk/users.json": users,
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(5025, status: "solved", requester: 126, channel: "email")
                ]),
                "zendesk/tickets/5025/comments.json": #"""
                {"comments": [{"id": 3840000000032, "author_id": 126, "body": "My box was crushed.", "public": true, "created_at": "2026-03-18T01:10:00Z"},
                              {"id": 3840000000033, "author_id": 1840000000997, "body": "We're sorry!", "public": true, "created_at": "2026-03-18T08:00:00Z"}]}
                """#,
            ],
            expected: ["ticket:5025 | comment 3840000000033 names author_id '1840000000997', who is not in the export"]),
        Case(
            testDescription: "a metric of a ticket not exported",
            files: [
                "zendesk/ticket_metrics.json":
                    #"{"ticket_metrics": [{"id": 5840000000004, "ticket_id": 6999, "requester_updated_at": null}]}"#
            ],
            expected: ["ticket:6999 | ticket metric 5840000000004 names ticket 6999, which is not in the export"]),
        Case(
            testDescription: "comments of a ticket not exported",
            files: [
                "zendesk/users.json": users,
                "zendesk/tickets/77/comments.json": #"""
                {"comments": [{"id": 1, "author_id": 126, "body": "a", "public": true}, {"id": 2, "author_id": 11, "body": "b", "public": true}]}
                """#,
            ],
            expected: ["ticket:77 | 2 comments belong to ticket 77, which is not in the export"]),
        Case(
            testDescription: "a conversation log of a ticket not exported",
            files: [
                "zendesk/users.json": users,
                "zendesk/tickets/78/conversation_log.json": logEvent(author: #""zen:support:user_id": 11"#),
            ],
            expected: ["ticket:78 | 1 conversation-log event belongs to ticket 78, which is not in the export"]),
        Case(
            testDescription: "a conversation-log author not exported",
            files: [
                "zendesk/users.json": users,
                "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(5001, requester: 126)]),
                "zendesk/tickets/5001/conversation_log.json": logEvent(author: #""zen:support:user_id": 999"#),
            ],
            expected: ["ticket:5001 | 1 conversation-log event names author '999', a Support user not in the export"]),
        Case(
            testDescription: "a ChatStartedEvent naming a conversation not exported",
            files: [
                "zendesk/users.json": users,
                "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(5001, requester: 126)]),
                "zendesk/tickets/5001/audits.json": DiagnosticExport.audits(ticket: 5001, conversation: "c-gone"),
            ],
            expected: [
                "ticket:5001 | the ChatStartedEvent of ticket 5001 names conversation 'c-gone', which is not in the export"
            ]),
        Case(
            testDescription: "messages filed under a conversation nobody lists",
            files: [
                "zendesk/users.json": users,
                "sunshine/users/a.json": DiagnosticExport.messagingUser(ann),
                "sunshine/conversations/c-x/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("m1", author: "6a0000000000000000000005", at: "2026-05-01T09:00:00.000Z")
                ]),
            ],
            expected: [
                "support:5 | 1 message belongs to conversation 'c-x', which no conversation list, webhook or ticket in the export names"
            ]),
        Case(
            testDescription: "a message author that is no user and no merged-away id",
            files: [
                "zendesk/users.json": users,
                "sunshine/users/a.json": DiagnosticExport.messagingUser(ann),
                "sunshine/users/6a0000000000000000000005/conversations.json": DiagnosticExport.conversations(["c-a"]),
                "sunshine/conversations/c-a/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("m1", author: "6a0000000000000000000005", at: "2026-05-01T09:00:00.000Z"),
                    DiagnosticExport.text("m2", author: "6affffffffffffffffffffff", at: "2026-05-01T09:01:00.000Z"),
                ]),
            ],
            expected: [
                "messaging:6affffffffffffffffffffff | 1 message in conversation 'c-a' names author '6affffffffffffffffffffff', a messaging user that is not in the export and that no merge discarded"
            ]),
    ]

    @Test(arguments: cases)
    func fires(_ testCase: Case) throws {
        let found = try DiagnosticExport.diagnostics("dangling-reference", in: testCase.files)
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(DiagnosticExport.summaries(found) == testCase.expected)
    }

    /// A minimal export may lack conversation lists: a ticket naming the conversation, and messages under it, suffice.
    @Test func aConversationATicketNamesIsNotDanglingWithoutAList() throws {
        let found = try DiagnosticExport.diagnostics(
            "dangling-reference",
            in: [
                "zendesk/users.json": Self.users,
                "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(30, requester: 5)]),
                "zendesk/tickets/30/audits.json": DiagnosticExport.audits(ticket: 30, conversation: "c-n"),
                "sunshine/users/a.json": DiagnosticExport.messagingUser(Self.ann),
                "sunshine/conversations/c-n/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("x", author: "6a0000000000000000000005", at: "2026-04-03T09:00:00.000Z")
                ]),
            ])
        #expect(found.isEmpty)
    }

    static let sofia = "698b1dc04e6f727468000012"
    static let sofiaAnonymous = "6a2e7c224e6f727468000013"

    /// Sofia: after a single-conversation merge the discarded conversation has no folder, its messages sit in the
    /// surviving one naming the discarded author, ticket 5009's event names the discarded conversation, and the
    /// bot writes in the log as `-1`. None of that is dangling, in either mode.
    @Test(arguments: Settings.MessagingMode.allCases)
    func aMergedAwayConversationIsNotDangling(mode: Settings.MessagingMode) throws {
        let found = try DiagnosticExport.diagnostics(
            "dangling-reference",
            in: [
                "zendesk/users.json": DiagnosticExport.supportUsers([
                    #"{"id": 107, "name": "Sofia Marchetti", "external_id": "nw-10007"}"#
                ]),
                "zendesk/tickets.json": DiagnosticExport.tickets([
                    DiagnosticExport.ticket(5009, requester: 107, created: "2026-06-14T10:02:12Z")
                ]),
                "zendesk/tickets/5009/audits.json": DiagnosticExport.audits(ticket: 5009, conversation: "c-discarded"),
                "zendesk/tickets/5009/conversation_log.json": #"""
                {"events": [{"id": "01HBOT", "type": "Messaging::ConversationMessage", "created_at": "2026-06-14T10:02:11Z",
                  "author": {"type": "bot", "display_name": "Northwind Assistant", "zen:support:user_id": -1, "zen:sunco:user_id": "69578e384e6f72746800000b"},
                  "content": {"type": "text", "text": "Hi!"}}]}
                """#,
                "sunshine/users/s.json": DiagnosticExport.messagingUser(
                    #"{"id": "\#(Self.sofia)", "externalId": "nw-10007", "authenticated": true}"#),
                "sunshine/users/\(Self.sofia)/conversations.json": DiagnosticExport.conversations(["c-surviving"]),
                "sunshine/conversations/c-surviving/messages.json": DiagnosticExport.messages([
                    DiagnosticExport.text("m1", author: Self.sofiaAnonymous, at: "2026-06-14T10:02:10.415Z"),
                    DiagnosticExport.text("m2", author: Self.sofia, at: "2026-06-14T10:12:41.228Z"),
                ]),
                "sunshine/webhooks/merge.json": DiagnosticExport.loginMerge(
                    surviving: Self.sofia, discarded: Self.sofiaAnonymous, at: "2026-06-14T10:12:30.000Z",
                    conversations: ("c-surviving", "c-discarded")),
            ], settings: Settings(messagingMode: mode))
        #expect(found.isEmpty)
    }
}
