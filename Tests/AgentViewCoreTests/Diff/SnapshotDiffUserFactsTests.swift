import AgentViewCore
import Testing

/// `agentview diff` shows the user decisions of issue 13: a staff link (docs/rules.md §2 rule 6), the
/// AI-agent variables from the JWT only (§4 rule 10) and the profile's identities (§4 rule 7).
@Suite struct SnapshotDiffUserFactsTests {
    /// Amelia's Support user made an admin: she stays, linked, and the diff says her role changed.
    @Test func aLinkedUserMadeAdminStaysAndChangesRole() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000101", in: &$0) { $0.role = "admin" }
        }
        #expect(
            SampleDiff.lines(diff, .userStaffChanged) == [
                "'Amelia Hart' (support:1840000000101) role: end user → admin"
            ])
        #expect(SampleDiff.lines(diff, .userRemoved).isEmpty && !diff.hasMarkChanges)
        #expect(
            SampleDiff.lines(diff, .diagnosticAdded) == [
                "warning staff-as-end-user for 'Amelia Hart' (support:1840000000101): messaging user '6995eb634e6f72746800000c' (zendesk-id) links to support:1840000000101 'Amelia Hart', whose role is 'admin': agents see this admin's own profile as the end user of those conversations"
            ])
        #expect(DiffChangeKind.userStaffChanged.headline(count: 1) == "1 user changed between end user and staff")
    }

    /// The JWT's profile name is the Provided name; renaming the Support user changes what agents see only.
    @Test func providedNameFollowsTheJWTNotTheSupportUser() throws {
        let renamed = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000101", in: &$0) { $0.name = "Caller +45 12 34 56 78" }
        }
        #expect(SampleDiff.lines(renamed, .metadataVariableChanged).isEmpty)
        #expect(SampleDiff.lines(renamed, .visibleFieldChanged).count == 1)
        let jwtRenamed = try SampleDiff.diff {
            SampleDiff.editMessagingUser("6995eb634e6f72746800000c", in: &$0) { $0.givenName = nil }
        }
        #expect(
            SampleDiff.lines(jwtRenamed, .metadataVariableChanged) == [
                "'Amelia Hart' (support:1840000000101) Provided name: 'Amelia Hart' → 'Hart'"
            ])
    }

    @Test func anAddedIdentityShowsOnTheProfile() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000101", in: &$0) { user in
                user.identities.append(
                    SupportIdentity(id: "99", userID: "1840000000101", type: "phone_number", value: "+4512345678"))
            }
        }
        #expect(
            SampleDiff.lines(diff, .visibleFieldChanged) == [
                "'Amelia Hart' (support:1840000000101) identities on profile: 'email amelia.hart@example.com (primary, verified)' → 'email amelia.hart@example.com (primary, verified); phone_number +4512345678 (not verified)'"
            ])
    }

    /// A snapshot written before `staffRole` and `identities` existed reads, and is not compared on them: what it
    /// did not record is not a change (a pull request upgrading AgentView would otherwise list every staff user
    /// and every user's identities). Two snapshots that both record a role compare it.
    @Test func olderSnapshotsReadWithoutTheNewKeys() throws {
        let old = try SnapshotText.read(SnapshotText.document(users: [SnapshotText.user("support:1")]))
        let new = try SnapshotText.read(
            SnapshotText.document(users: [SnapshotText.user("support:1", fields: #", "staffRole": "agent""#)]))
        #expect(old.users.first?.staffRole == nil && old.users.first?.profile.identities == nil)
        #expect(old.users.first?.recordsStaffRole == false && new.users.first?.recordsStaffRole == true)
        #expect(SnapshotDiff(old: old, new: new).changes.isEmpty)
        let recorded = try SnapshotText.read(
            SnapshotText.document(users: [SnapshotText.user("support:1", fields: #", "staffRole": null"#)]))
        #expect(
            SnapshotDiff(old: recorded, new: new).changes.map(\.description) == [
                "'Ann Lee' (support:1) role: end user → agent"
            ])
    }
}

/// docs/rules.md §3 rule 6: a diff never calls an unknown method JWT.
@Suite struct SnapshotDiffUnknownMethodTests {
    @Test func anAddedUserWithAnUnknownMethodSaysSo() throws {
        let old = try SnapshotText.read(SnapshotText.document())
        let new = try SnapshotText.read(
            SnapshotText.document(users: [SnapshotText.user("support:1", fields: #", "authenticatedVia": null"#)]))
        #expect(
            SnapshotDiff(old: old, new: new).changes.map(\.description) == [
                "'Ann Lee' (support:1) added: authenticated, method unknown, with the mark"
            ])
    }
}
