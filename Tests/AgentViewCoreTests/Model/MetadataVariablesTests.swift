import AgentViewCore
import JSONTree
import Testing

/// docs/rules.md §4 rules 9–11: the AI-agent variables come from the JWT only, never from the Support user;
/// a help-center-only user has status `true`, the other three empty, and the note `ai-agent-asks-again`.
@Suite struct MetadataVariablesTests {
    /// A Support user with a placeholder name and an email, as a phone call or a widget creates them.
    static let caller = #"{"id": 7, "name": "Caller +45 12 34 56 78", "email": "caller@example.com"}"#

    /// The view of one Support user and one messaging user linked to it.
    static func view(support: String = caller, messaging: String) throws -> AgentView {
        try Fixtures.view([
            "zendesk/users.json": DiagnosticExport.supportUsers([support]),
            "sunshine/users/m.json": DiagnosticExport.messagingUser(messaging),
        ])
    }

    static func variables(_ view: AgentView, _ key: String = "support:7") throws -> [String] {
        let userKey = try #require(UserKey(key))
        let user = try #require(view.user(userKey))
        let variables = user.metadataVariables
        return [
            variables.providedName, variables.providedEmail, variables.authenticatedExternalID,
            variables.authenticatedStatus,
        ]
    }

    @Test func aJWTWithNameAndEmailFillsThemFromTheToken() throws {
        let view = try Self.view(
            messaging:
                #"{"id": "6a0000000000000000000001", "externalId": "ext-7", "zendeskId": "7", "authenticated": true, "profile": {"givenName": "Ann", "surname": "Lee"}, "identities": [{"type": "email", "value": "ann@example.com", "verification": "sso"}]}"#
        )
        #expect(try Self.variables(view) == ["Ann Lee", "ann@example.com", "ext-7", "true"])
        // The snapshot writes the same four values.
        let user = try #require(Snapshot.value(of: view).object?["users"]?.array?.first?.object)
        let written = try #require(user["metadataVariables"]?.object)
        #expect(written["providedName"]?.string == "Ann Lee" && written["providedEmail"]?.string == "ann@example.com")
        #expect(written["authenticatedExternalId"]?.string == "ext-7")
        #expect(written["authenticatedStatus"]?.string == "true")
    }

    /// Seed 004: a JWT without name or email leaves them empty; the Support name never leaks into them.
    @Test func aJWTWithoutNameOrEmailLeavesThemEmpty() throws {
        let view = try Self.view(
            messaging:
                #"{"id": "6a0000000000000000000001", "externalId": "ext-7", "zendeskId": "7", "authenticated": true}"#)
        #expect(try Self.variables(view) == ["", "", "ext-7", "true"])
        #expect(!Snapshot.json(of: view).contains(#""providedName": "Caller"#))
    }

    /// The token's email lands in an email identity; a `profile.email` a client set is not the token's, so it
    /// is never the Provided email, beside an identity or alone.
    @Test func theProvidedEmailIsTheJWTUsersEmailIdentityNeverItsProfileEmail() throws {
        let both = try Self.view(
            messaging:
                #"{"id": "6a0000000000000000000001", "externalId": "ext-7", "zendeskId": "7", "authenticated": true, "profile": {"givenName": "Ann", "email": "typed@example.com"}, "identities": [{"type": "email", "value": "jwt@example.com", "verification": "sso"}]}"#
        )
        #expect(try Self.variables(both) == ["Ann", "jwt@example.com", "ext-7", "true"])
        let profileOnly = try Self.view(
            messaging:
                #"{"id": "6a0000000000000000000001", "externalId": "ext-7", "zendeskId": "7", "authenticated": true, "profile": {"givenName": "Ann", "email": "typed@example.com"}}"#
        )
        #expect(try Self.variables(profileOnly) == ["Ann", "", "ext-7", "true"])
    }

    @Test func anUnauthenticatedUserHasThreeEmptyValuesAndFalse() throws {
        let view = try Self.view(
            messaging:
                #"{"id": "6a0000000000000000000001", "authenticated": false, "profile": {"givenName": "Typed", "email": "typed@example.com"}}"#
        )
        #expect(try Self.variables(view, "messaging:6a0000000000000000000001") == ["", "", "", "false"])
        #expect(view.diagnostics.filter { $0.code == "ai-agent-asks-again" }.isEmpty)
    }

    /// Seed 001, known issues: the help center copies name and email to the messaging user, but the AI
    /// agent reads a JWT only, so it asks again.
    @Test func aHelpCenterOnlyUserHasStatusTrueOtherwiseEmptyAndTheNote() throws {
        let view = try Self.view(
            messaging:
                #"{"id": "6a0000000000000000000001", "zendeskId": "7", "authenticated": true, "profile": {"givenName": "Caller", "surname": "+45 12 34 56 78", "email": "caller@example.com"}}"#
        )
        #expect(try Self.variables(view) == ["", "", "", "true"])
        let notes = view.diagnostics.filter { $0.code == "ai-agent-asks-again" }
        #expect(notes.map(\.severity) == [.note])
        #expect(
            DiagnosticExport.summaries(notes) == [
                "support:7 | support:7 'Caller +45 12 34 56 78' is authenticated through the help center only (messaging user '6a0000000000000000000001' has a zendeskId and no externalId): the AI agent gets Authenticated status 'true' but an empty Provided name, Provided email and Authenticated external ID, so it asks for name and email again"
            ])
        #expect(notes.first?.advice.hasPrefix("set an external_id on Support user 7") == true)
    }

    /// When the Support user already has an external ID, the advice is to synchronize it, not to set one.
    @Test func theAdviceNamesAnExternalIDTheSupportUserAlreadyHas() throws {
        let view = try Self.view(
            support: #"{"id": 7, "name": "Ann Lee", "external_id": "ext-7"}"#,
            messaging: #"{"id": "6a0000000000000000000001", "zendeskId": "7", "authenticated": true}"#)
        let note = try #require(view.diagnostics.first { $0.code == "ai-agent-asks-again" })
        #expect(note.advice.hasPrefix("the Support user has external_id 'ext-7', which the messaging user never took"))
    }

    /// One JWT sign-in among the linked users is enough: the variables come from it and no note is raised.
    @Test func aJWTUserBesideAHelpCenterUserWins() throws {
        let view = try Fixtures.view([
            "zendesk/users.json": DiagnosticExport.supportUsers([Self.caller]),
            "sunshine/users/a.json": DiagnosticExport.messagingUser(
                #"{"id": "6a0000000000000000000001", "zendeskId": "7", "authenticated": true, "profile": {"givenName": "Help", "surname": "Center"}}"#
            ),
            "sunshine/users/b.json": DiagnosticExport.messagingUser(
                #"{"id": "6a0000000000000000000002", "externalId": "EXT-7", "authenticated": true, "profile": {"givenName": "Jay", "surname": "Wu"}}"#
            ),
            "zendesk/identities.json":
                #"{"identities": [{"id": 70, "user_id": 7, "type": "messaging", "value": "6a0000000000000000000002"}]}"#,
        ])
        #expect(try Self.variables(view) == ["Jay Wu", "", "EXT-7", "true"])
        #expect(view.diagnostics.filter { $0.code == "ai-agent-asks-again" }.isEmpty)
    }

    /// Stated authenticated with neither id: status `true`, method unknown, no note (it is not a help-center
    /// user), and the contradiction is reported.
    @Test func anAuthenticatedUserWithNeitherIDHasOnlyTheStatus() throws {
        let view = try Fixtures.view([
            "sunshine/users/a.json": DiagnosticExport.messagingUser(
                #"{"id": "6a0000000000000000000001", "authenticated": true, "profile": {"givenName": "Someone"}}"#)
        ])
        let user = try #require(view.user(UserKey(.messaging, "6a0000000000000000000001")))
        #expect(user.isAuthenticated && user.authenticationMethod == nil)
        #expect(try Self.variables(view, "messaging:6a0000000000000000000001") == ["", "", "", "true"])
        #expect(view.diagnostics.map(\.code).contains("auth-flag-contradiction"))
        #expect(!view.diagnostics.map(\.code).contains("ai-agent-asks-again"))
        let written = try #require(Snapshot.value(of: view).object?["users"]?.array?.first?.object)
        #expect(written["authenticatedVia"]?.isNull == true)
    }
}
