import AgentViewCore
import Foundation
import JSONTree
import Testing

/// docs/rules.md §2 rules 6 and 8: links ignore the Support user's role; a link to an agent or admin is
/// kept, shown and flagged with `staff-as-end-user`, and a user key always names a user the export holds.
@Suite struct StaffLinkTests {
    static let adminID = "6a0000000000000000000001"

    /// An admin testing the widget as themselves, linked by `zendeskId`, requester of one messaging ticket.
    static func adminExport(role: String = "admin") -> [String: String] {
        [
            "zendesk/users.json": DiagnosticExport.supportUsers([
                #"{"id": 5, "name": "Ada Admin", "email": "ada@example.com", "role": "\#(role)"}"#,
                #"{"id": 6, "name": "Unlinked Agent", "role": "agent"}"#,
            ]),
            "zendesk/tickets.json": DiagnosticExport.tickets([DiagnosticExport.ticket(40, requester: 5)]),
            "zendesk/tickets/40/audits.json": DiagnosticExport.audits(ticket: 40, conversation: "c1"),
            "sunshine/users/a.json": DiagnosticExport.messagingUser(
                #"{"id": "\#(adminID)", "externalId": "ada", "zendeskId": "5", "authenticated": true}"#),
            "sunshine/conversations/c1/messages.json": DiagnosticExport.messages([
                DiagnosticExport.text("m1", author: adminID, at: "2026-05-01T09:00:01Z")
            ]),
        ]
    }

    @Test func aLinkToAnAdminIsKeptAndShown() throws {
        let view = try Fixtures.view(Self.adminExport())
        let user = try #require(view.user(UserKey(.support, "5")))
        #expect(user.supportUser?.id == "5" && user.staffRole == "admin")
        #expect(user.isVisibleToAgents && user.isAuthenticated && user.nameCheckMark)
        #expect(user.messagingUsers.map(\.user.id) == [Self.adminID])
        // The admin's own ticket is ranked and marked like any end user's.
        #expect(user.tickets.map(\.ticketID) == ["40"] && user.tickets.first?.checkMark == true)
        #expect(view.owner(ofMessagingUser: Self.adminID) == UserKey(.support, "5"))
        // Staff nobody links to stay out of the end users.
        #expect(view.user(UserKey(.support, "6")) == nil)
    }

    @Test func theLinkRaisesStaffAsEndUser() throws {
        let diagnostics = try DiagnosticExport.diagnostics("staff-as-end-user", in: Self.adminExport())
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(
            DiagnosticExport.summaries(diagnostics) == [
                "support:5 | messaging user '6a0000000000000000000001' (zendesk-id) links to support:5 'Ada Admin', whose role is 'admin': agents see this admin's own profile as the end user of those conversations"
            ])
    }

    /// An agent linked by external ID is kept too; an end user raises nothing.
    @Test(arguments: [("agent", 1), ("end-user", 0)])
    func theRoleDecidesTheWarningOnly(role: String, warnings: Int) throws {
        var files = Self.adminExport(role: role)
        files["sunshine/users/a.json"] = DiagnosticExport.messagingUser(
            #"{"id": "\#(Self.adminID)", "externalId": "ADA", "authenticated": true}"#)
        files["zendesk/users.json"] = DiagnosticExport.supportUsers([
            #"{"id": 5, "name": "Ada", "external_id": "ada", "role": "\#(role)"}"#
        ])
        let view = try Fixtures.view(files)
        let user = try #require(view.user(UserKey(.support, "5")))
        #expect(user.supportUser != nil && user.messagingUsers.first?.link == .externalID)
        #expect(user.staffRole == (role == "end-user" ? nil : role))
        #expect(view.diagnostics.filter { $0.code == "staff-as-end-user" }.count == warnings)
    }

    @Test func theSnapshotNamesTheStaffUser() throws {
        let view = try Fixtures.view(Self.adminExport())
        let user = try #require(Snapshot.value(of: view).object?["users"]?.array?.first?.object)
        #expect(user["key"]?.string == "support:5" && user["supportUserId"]?.string == "5")
        #expect(user["staffRole"]?.string == "admin" && user["visibleToAgents"]?.bool == true)
    }

    /// Every user key of the snapshot names a user record of the export: `support:` a Support user,
    /// `messaging:` a messaging user (§2 rule 8), in the sample and with a staff link.
    @Test func everyUserKeyResolvesToARecordOfTheExport() throws {
        let sample = try ExportLoader().load(directory: Fixtures.packageRoot.appendingPathComponent("Samples").path)
        for export in [sample, try Fixtures.load(Self.adminExport())] {
            let supportIDs = Set(export.supportUsers.map(\.id))
            let messagingIDs = Set(export.messagingUsers.map(\.id))
            let users = Snapshot.value(of: AgentView(export: export)).object?["users"]?.array ?? []
            #expect(!users.isEmpty)
            for user in users {
                let text = try #require(user.object?["key"]?.string)
                let key = try #require(UserKey(text))
                switch key.kind {
                case .support:
                    #expect(supportIDs.contains(key.id), "\(key)")
                    #expect(user.object?["supportUserId"]?.string == key.id, "\(key)")
                case .messaging:
                    #expect(messagingIDs.contains(key.id), "\(key)")
                }
            }
        }
    }

    /// On comments, a linked admin writes as the end user of their own ticket, and as an agent elsewhere.
    @Test func aLinkedAdminWritesAsTheEndUserOfTheirOwnTicket() throws {
        var files = Self.adminExport()
        files["zendesk/tickets.json"] = DiagnosticExport.tickets([
            DiagnosticExport.ticket(41, requester: 5, channel: "web"),
            DiagnosticExport.ticket(42, requester: 9, channel: "web"),
        ])
        files["zendesk/users.json"] = DiagnosticExport.supportUsers([
            #"{"id": 5, "name": "Ada Admin", "role": "admin"}"#, #"{"id": 9, "name": "Bo End"}"#,
        ])
        files["zendesk/tickets/41/comments.json"] =
            #"{"comments": [{"id": 1, "author_id": 5, "body": "help", "public": true, "created_at": "2026-05-01T09:00:00Z"}]}"#
        files["zendesk/tickets/42/comments.json"] =
            #"{"comments": [{"id": 2, "author_id": 5, "body": "reply", "public": true, "created_at": "2026-05-01T09:00:00Z"}]}"#
        files["zendesk/tickets/40/audits.json"] = nil
        let view = try Fixtures.view(files)
        #expect(view.ticket("41")?.messages.map(\.entry.role) == [.endUser])
        #expect(view.ticket("41")?.messages.map(\.author) == [.endUser(UserKey(.support, "5"))])
        #expect(view.ticket("42")?.messages.map(\.entry.role) == [.agent])
    }
}
