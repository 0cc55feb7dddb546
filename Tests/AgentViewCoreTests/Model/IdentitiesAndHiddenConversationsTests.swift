import AgentViewCore
import JSONTree
import Testing

/// docs/rules.md §4 rule 7: the essentials card shows the primary email and the profile lists every
/// identity, primary first; §2 rule 7: a messaging user agents never see keeps its conversations.
@Suite struct IdentitiesAndHiddenConversationsTests {
    /// Identities listed out of order, the primary email last, and an `email` field that is not primary.
    static let files: [String: String] = [
        "zendesk/users.json": DiagnosticExport.supportUsers(
            [#"{"id": 1, "name": "Ann Lee", "email": "old@example.com"}"#],
            identities: [
                #"{"id": 15, "user_id": 1, "type": "twitter", "value": "annlee"}"#,
                #"{"id": 14, "user_id": 1, "type": "messaging", "value": "6a0000000000000000000001"}"#,
                #"{"id": 13, "user_id": 1, "type": "phone_number", "value": "+4512345678", "primary": true}"#,
                #"{"id": 12, "user_id": 1, "type": "email", "value": "second@example.com", "verified": true}"#,
                #"{"id": 11, "user_id": 1, "type": "email", "value": "third@example.com"}"#,
                #"{"id": 16, "user_id": 1, "type": "email", "value": "primary@example.com", "primary": true, "verified": true}"#,
                #"{"id": 17, "user_id": 1, "type": "facebook", "value": "ann.lee"}"#,
            ])
    ]

    @Test func theProfileListsIdentitiesPrimaryFirstThenByTypeThenID() throws {
        let user = try #require(Fixtures.view(Self.files).user(UserKey(.support, "1")))
        #expect(
            user.supportUser?.identitiesPrimaryFirst.map(\.id) == ["16", "13", "11", "12", "14", "17", "15"])
    }

    @Test func theCardAndProfileShowThePrimaryEmail() throws {
        let view = try Fixtures.view(Self.files)
        let user = try #require(view.user(UserKey(.support, "1")))
        #expect(user.shown(.email, on: .essentialsCard) == "primary@example.com")
        #expect(user.shown(.email, on: .profile) == "primary@example.com")
        let written = try #require(Snapshot.value(of: view).object?["users"]?.array?.first?.object)
        #expect(written["essentialsCard"]?.object?["email"]?.string == "primary@example.com")
        let identities = written["profile"]?.object?["identities"]?.array ?? []
        #expect(identities.compactMap { $0.object?["value"]?.string }.first == "primary@example.com")
        #expect(identities.count == 7)
        #expect(identities.first?.object?["primary"]?.bool == true)
    }

    /// The table's row: the Support side lists identities, only the primary email crosses to messaging.
    @Test func theDataMappingRowAgreesWithTheRulebook() {
        let row = DataMapping.rows.first { $0.field == .email }
        #expect(row?.supportField == "identities")
        #expect(row?.messagingField == "identities (primary email only)")
        #expect(row?.visibleOn == [.essentialsCard, .profile])
    }

    static let hiddenID = "6a0000000000000000000009"

    /// A messaging-only user with one conversation listed under it and one it only wrote in.
    static let hiddenFiles: [String: String] = [
        "sunshine/users/h.json": DiagnosticExport.messagingUser(
            #"{"id": "\#(hiddenID)", "authenticated": false, "profile": {"givenName": "Hid"}}"#),
        "sunshine/users/\(hiddenID)/conversations.json": DiagnosticExport.conversations(["c2"]),
        "sunshine/conversations/c2/messages.json": DiagnosticExport.messages([
            DiagnosticExport.text("m2", author: hiddenID, at: "2026-05-01T09:00:02Z"),
            #"{"id": "m3", "received": "2026-05-01T09:00:03Z", "author": {"type": "business", "displayName": "Bot", "subtypes": []}, "content": {"type": "text", "text": "<b>hello</b>"}}"#,
        ]),
        "sunshine/conversations/c1/messages.json": DiagnosticExport.messages([
            DiagnosticExport.text("m1", author: hiddenID, at: "2026-05-01T09:00:01Z")
        ]),
    ]

    @Test func aMessagingUserAgentsNeverSeeKeepsItsConversations() throws {
        let view = try Fixtures.view(Self.hiddenFiles)
        let user = try #require(view.user(UserKey(.messaging, Self.hiddenID)))
        #expect(!user.isVisibleToAgents)
        #expect(user.hiddenConversations.map(\.id) == ["c1", "c2"])
        #expect(user.hiddenConversations.map { $0.messages.map(\.entry.id) } == [["m1"], ["m2", "m3"]])
        #expect(
            user.hiddenConversations[1].messages.map(\.author) == [
                .endUser(UserKey(.messaging, Self.hiddenID)), .bot,
            ])
    }

    /// Users agents see keep their conversations on their tickets, not on their page.
    @Test func visibleUsersHaveNoHiddenConversations() throws {
        var files = Self.hiddenFiles
        files["zendesk/users.json"] = DiagnosticExport.supportUsers([#"{"id": 1, "name": "Ann"}"#])
        files["sunshine/users/h.json"] = DiagnosticExport.messagingUser(
            #"{"id": "\#(Self.hiddenID)", "zendeskId": "1", "authenticated": true}"#)
        let view = try Fixtures.view(files)
        #expect(view.user(UserKey(.support, "1"))?.hiddenConversations.isEmpty == true)
    }
}
