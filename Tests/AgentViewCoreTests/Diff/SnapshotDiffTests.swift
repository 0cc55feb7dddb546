import AgentViewCore
import Testing

/// Each kind of change, made on a copy of the sample, is reported with its exact wording.
@Suite struct SnapshotDiffTests {
    @Test func theSampleAgainstItselfIsEmpty() throws {
        let diff = try SampleDiff.diff()
        #expect(diff.isEmpty && diff.groups.isEmpty && !diff.hasMarkChanges)
        #expect(diff.quietTicketChanges == 0 && diff.quietMessageChanges == 0)
    }

    @Test func aLowerCapCrossesTicketsOverItWithTheirRank() throws {
        let diff = try SampleDiff.diff(Settings(activeTicketCap: 50))
        #expect(SampleDiff.lines(diff, .settingsChanged) == ["settings: activeTicketCap 100 → 50"])
        let lost = SampleDiff.lines(diff, .ticketMarkLost)
        #expect(lost.count == 50)
        #expect(
            lost.first
                == "ticket 7005 of 'Tessa Morgan' (support:1840000000110) lost the mark: 'Tessa Morgan' ✓ → 'Tessa Morgan'; crossed the cap (within-cap → over-cap, rank 100)"
        )
        #expect(
            lost.last
                == "ticket 7057 of 'Tessa Morgan' (support:1840000000110) lost the mark: 'Tessa Morgan' ✓ → 'Tessa Morgan'; crossed the cap (within-cap → over-cap, rank 51)"
        )
        #expect(diff.hasMarkChanges && SampleDiff.lines(diff, .ticketMarkGained).isEmpty)
        let subjects = diff.changes.filter { $0.kind == .ticketMarkLost }.map(\.subject)
        #expect(subjects == subjects.sorted(by: IDOrder.less))
    }

    @Test func aHigherCapGivesTheMarkBackAndSaysTheRankMovedNothing() throws {
        let diff = SnapshotDiff(
            old: try SampleDiff.document(Settings(activeTicketCap: 102)), new: try SampleDiff.document())
        #expect(
            SampleDiff.lines(diff, .ticketMarkLost) == [
                "ticket 7003 of 'Tessa Morgan' (support:1840000000110) lost the mark: 'Tessa Morgan' ✓ → 'Tessa Morgan'; crossed the cap (within-cap → over-cap, rank 102)",
                "ticket 7004 of 'Tessa Morgan' (support:1840000000110) lost the mark: 'Tessa Morgan' ✓ → 'Tessa Morgan'; crossed the cap (within-cap → over-cap, rank 101)",
            ])
        let back = SnapshotDiff(
            old: try SampleDiff.document(), new: try SampleDiff.document(Settings(activeTicketCap: 102)))
        #expect(
            SampleDiff.lines(back, .ticketMarkGained).first
                == "ticket 7003 of 'Tessa Morgan' (support:1840000000110) gained the mark: 'Tessa Morgan' → 'Tessa Morgan' ✓; crossed the cap (over-cap → within-cap, rank 102)"
        )
    }

    /// The sample's app says multi-conversation: `--messaging single` lifts the cap and drops Noah's note.
    @Test func singleConversationMessagingChangesTheSettingLiftsTheCapAndChangesNotes() throws {
        let diff = try SampleDiff.diff(Settings(messagingMode: .single))
        #expect(SampleDiff.lines(diff, .settingsChanged) == [#"settings: messaging "multi" → "single""#])
        #expect(
            SampleDiff.lines(diff, .ticketMarkGained) == [
                "ticket 7001 of 'Tessa Morgan' (support:1840000000110) gained the mark: 'Tessa Morgan' → 'Tessa Morgan' ✓; single-conversation messaging: no cap (over-cap → no-cap, rank 104)",
                "ticket 7002 of 'Tessa Morgan' (support:1840000000110) gained the mark: 'Tessa Morgan' → 'Tessa Morgan' ✓; single-conversation messaging: no cap (over-cap → no-cap, rank 103)",
                "ticket 7003 of 'Tessa Morgan' (support:1840000000110) gained the mark: 'Tessa Morgan' → 'Tessa Morgan' ✓; single-conversation messaging: no cap (over-cap → no-cap, rank 102)",
                "ticket 7004 of 'Tessa Morgan' (support:1840000000110) gained the mark: 'Tessa Morgan' → 'Tessa Morgan' ✓; single-conversation messaging: no cap (over-cap → no-cap, rank 101)",
            ])
        #expect(
            diff.changes.filter { $0.kind == .diagnosticAdded || $0.kind == .diagnosticRemoved }.map(\.subject) == [
                // Added: the override note; removed: Noah's note.
                "app:695789104e6f727468000001", "support:1840000000108",
            ])
        // Tessa's cap note changed its wording: one change, new and old side by side.
        #expect(diff.changes.filter { $0.kind == .diagnosticChanged }.map(\.subject) == ["support:1840000000110"])
        #expect(
            SampleDiff.lines(diff, .diagnosticChanged).first?.hasPrefix(
                "note active-ticket-cap for 'Tessa Morgan' (support:1840000000110) now says: ") == true)
        // Her four tickets gained the mark for one cause: one item of the list, the four still counted.
        let gained = try #require(diff.groups.first { $0.kind == .ticketMarkGained })
        #expect(gained.changes.count == 4 && gained.bullets.count == 1)
        #expect(
            gained.bullets[0].text().description
                == "4 tickets of 'Tessa Morgan' (support:1840000000110) gained the mark: 'Tessa Morgan' → 'Tessa Morgan' ✓; single-conversation messaging: no cap (over-cap → no-cap); tickets 7001 (rank 104), 7002 (rank 103), 7003 (rank 102) and 7004 (rank 101)"
        )
        #expect(
            gained.bullets[0].text(maxMembers: 2).description.hasSuffix(
                "; tickets 7001 (rank 104), 7002 (rank 103) and 2 more"))
        // And back: the old side without the cap, the new one with it.
        let back = SnapshotDiff(
            old: try SampleDiff.document(Settings(messagingMode: .single)), new: try SampleDiff.document())
        #expect(
            SampleDiff.lines(back, .ticketMarkLost).first
                == "ticket 7001 of 'Tessa Morgan' (support:1840000000110) lost the mark: 'Tessa Morgan' ✓ → 'Tessa Morgan'; multi-conversation messaging: the cap applies (no-cap → over-cap, rank 104)"
        )
    }

    @Test func aTicketMovedToAWebFormLosesTheMarkOnItAndItsMessages() throws {
        // Amelia's ticket 5001 came through messaging; as a web-form ticket neither it nor her messages carry the mark.
        let diff = try SampleDiff.diff {
            SampleDiff.editTicket("5001", in: &$0) { $0.channel = "web_form" }
        }
        #expect(
            SampleDiff.lines(diff, .ticketMarkLost) == [
                "ticket 5001 of 'Amelia Hart' (support:1840000000101) lost the mark: 'Amelia Hart' ✓ → 'Amelia Hart'; moved to a channel that is not messaging (within-cap → not-messaging, rank 1 → none)"
            ])
        #expect(SampleDiff.lines(diff, .messageMarkLost).count == 3)
        #expect(SampleDiff.lines(diff, .messageMarkLost).allSatisfy { $0.hasSuffix("webhook → not-messaging") })
    }

    @Test func aStatedFlagTurnedFalseLosesTheMarkOnTheUserTicketsAndMessages() throws {
        // Tomás signed in through the help center; his messages were marked from his login time (§5 rule 3).
        let diff = try SampleDiff.diff {
            SampleDiff.editMessagingUser("6a107dc64e6f72746800000f", in: &$0) { $0.statedAuthenticated = false }
        }
        #expect(
            SampleDiff.lines(diff, .userMarkLost) == [
                "'Tomás Rivera' (support:1840000000104) lost the mark: 'Tomás Rivera' ✓ → 'Tomás Rivera' (authenticated via help-center → not authenticated)"
            ])
        #expect(
            SampleDiff.lines(diff, .ticketMarkLost) == [
                "ticket 5005 of 'Tomás Rivera' (support:1840000000104) lost the mark: 'Tomás Rivera' ✓ → 'Tomás Rivera'; requester authentication changed (within-cap → not-authenticated, rank 1 → none)"
            ])
        #expect(
            SampleDiff.lines(diff, .messageMarkLost) == [
                "message 6a107ec04e6f72746800003a on ticket 5005 of 'Tomás Rivera' (support:1840000000104) by the requester lost the mark: the author is not authenticated (§3); rule auth-time → not-authenticated",
                "message 6a107ed44e6f72746800003c on ticket 5005 of 'Tomás Rivera' (support:1840000000104) by the requester lost the mark: the author is not authenticated (§3); rule auth-time → not-authenticated",
                "message 6a10826c4e6f72746800003e on ticket 5005 of 'Tomás Rivera' (support:1840000000104) by the requester lost the mark: the author is not authenticated (§3); rule auth-time → not-authenticated",
            ])
        // Lost alike, on one ticket: one item naming the three.
        #expect(
            diff.groups.first { $0.kind == .messageMarkLost }?.bullets.map { $0.text().description } == [
                "3 messages on ticket 5005 of 'Tomás Rivera' (support:1840000000104) by the requester lost the mark: the author is not authenticated (§3); rule auth-time → not-authenticated; messages 6a107ec04e6f72746800003a, 6a107ed44e6f72746800003c and 6a10826c4e6f72746800003e"
            ])
        #expect(
            SampleDiff.lines(diff, .metadataVariableChanged) == [
                "'Tomás Rivera' (support:1840000000104) Authenticated status: 'true' → 'false'"
            ])
        // The link goes to the message itself: its anchor on the ticket page (docs/rules.md §11).
        #expect(
            diff.changes.first { $0.kind == .messageMarkLost }?.page
                == "tickets/5005.html#message-6a107ec04e6f72746800003a")
    }

    @Test func theReverseEditGainsTheMarkBack() throws {
        let unauthenticated = try SampleDiff.document {
            SampleDiff.editMessagingUser("6a107dc64e6f72746800000f", in: &$0) { $0.statedAuthenticated = false }
        }
        let diff = SnapshotDiff(old: unauthenticated, new: try SampleDiff.document())
        #expect(
            SampleDiff.lines(diff, .userMarkGained) == [
                "'Tomás Rivera' (support:1840000000104) gained the mark: 'Tomás Rivera' → 'Tomás Rivera' ✓ (not authenticated → authenticated via help-center)"
            ])
        #expect(
            SampleDiff.lines(diff, .ticketMarkGained) == [
                "ticket 5005 of 'Tomás Rivera' (support:1840000000104) gained the mark: 'Tomás Rivera' → 'Tomás Rivera' ✓; requester authentication changed (not-authenticated → within-cap, rank none → 1)"
            ])
        #expect(SampleDiff.lines(diff, .messageMarkGained).count == 3)
    }

    @Test func anEmailTicketMovingToNotAuthenticatedIsCountedNotListed() throws {
        // Amelia's email ticket 5002 never carries the mark; only its reason changes when she loses hers.
        let diff = try SampleDiff.diff {
            SampleDiff.editMessagingUser("6995eb634e6f72746800000c", in: &$0) { $0.statedAuthenticated = false }
        }
        #expect(diff.quietTicketChanges == 1)
        #expect(!diff.changes.contains { $0.subject == "5002" })
    }

    @Test func anAddedExternalIDChangesTheMethodButNotTheMark() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editMessagingUser("69b27ab64e6f72746800000e", in: &$0) { $0.externalID = "nw-10003" }
        }
        #expect(
            SampleDiff.lines(diff, .userAuthenticationChanged) == [
                "'Grace Okafor' (support:1840000000103) authentication: authenticated via help-center → authenticated via jwt"
            ])
        #expect(
            SampleDiff.lines(diff, .metadataVariableChanged) == [
                "'Grace Okafor' (support:1840000000103) Provided name: empty → 'Grace Okafor'",
                "'Grace Okafor' (support:1840000000103) Provided email: empty → 'grace.okafor@example.net'",
                "'Grace Okafor' (support:1840000000103) Authenticated external ID: empty → 'nw-10003'",
            ])
        // With a JWT, the AI agent no longer asks her again (§4 rule 11).
        #expect(SampleDiff.lines(diff, .diagnosticRemoved).contains { $0.hasPrefix("note ai-agent-asks-again") })
        #expect(!diff.hasMarkChanges)
    }

    @Test func aRemovedExternalIDShowsOnTheProfileOnly() throws {
        let diff = try SampleDiff.diff { SampleDiff.editSupportUser("1840000000101", in: &$0) { $0.externalID = nil } }
        // The messaging user still holds the ID the Support user lost: that is drift (§8 rule 2).
        #expect(
            diff.changes.map(\.description) == [
                "'Amelia Hart' (support:1840000000101) external ID on profile: 'nw-10001' → none",
                "warning sync-drift-external-id for 'Amelia Hart' (support:1840000000101): Support user has no external_id, while messaging user '6995eb634e6f72746800000c' has externalId 'nw-10001'",
            ])
        #expect(diff.changes.first?.page == "users/support-1840000000101.html")
    }

    @Test func aRenamedSupportUserChangesEverySurfaceInOneLine() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000102", in: &$0) { $0.name = "Diego Álvarez" }
        }
        #expect(
            SampleDiff.lines(diff, .visibleFieldChanged) == [
                "'Diego Álvarez' (support:1840000000102) name on conversation history, essentials card and profile: 'Diego Alvarez' → 'Diego Álvarez'"
            ])
        #expect(
            SampleDiff.lines(diff, .diagnosticAdded) == [
                "warning sync-drift-name for 'Diego Álvarez' (support:1840000000102): Support name 'Diego Álvarez' differs from messaging user '697928a34e6f72746800000d' name 'Diego Alvarez'"
            ])
    }

    @Test func aChangedPrimaryEmailShowsOnTheCardAndTheProfile() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000103", in: &$0) { user in
                user.email = "grace@example.org"
                for index in user.identities.indices where user.identities[index].type == "email" {
                    user.identities[index].value = "grace@example.org"
                }
            }
        }
        #expect(
            SampleDiff.lines(diff, .visibleFieldChanged) == [
                "'Grace Okafor' (support:1840000000103) email on essentials card and profile: 'grace.okafor@example.net' → 'grace@example.org'",
                "'Grace Okafor' (support:1840000000103) identities on profile: 'email grace.okafor@example.net (primary, verified)' → 'email grace@example.org (primary, verified)'",
            ])
    }

    @Test func aDroppedUserIsRemovedAndItsTicketLosesTheMark() throws {
        let diff = try SampleDiff.diff { $0.supportUsers.removeAll { $0.id == "1840000000104" } }
        #expect(
            SampleDiff.lines(diff, .userRemoved) == [
                "'Tomás Rivera' (support:1840000000104) removed: authenticated via help-center, with the mark"
            ])
        // Its messaging user is still in the export, now with no Support user: agents never see it (§2).
        #expect(
            SampleDiff.lines(diff, .userAdded) == [
                "no name (messaging:6a107dc64e6f72746800000f) added: authenticated via help-center, not visible to agents"
            ])
        #expect(
            SampleDiff.lines(diff, .ticketMarkLost) == [
                "ticket 5005 of 'Tomás Rivera' (support:1840000000104) lost the mark: 'Tomás Rivera' ✓ → 'Tomás Rivera'; requester not in the export (within-cap → none, rank 1 → none)"
            ])
        #expect(
            SampleDiff.lines(diff, .diagnosticRemoved) == [
                "note ai-agent-asks-again for 'Tomás Rivera' (support:1840000000104): support:1840000000104 'Tomás Rivera' is authenticated through the help center only (messaging user '6a107dc64e6f72746800000f' has a zendeskId and no externalId): the AI agent gets Authenticated status 'true' but an empty Provided name, Provided email and Authenticated external ID, so it asks for name and email again",
                "warning help-center-auth-other-brand for 'Tomás Rivera' (support:1840000000104): help-center-authenticated user has messaging or chat ticket 5005 in brand '360000000002', not the main brand '360000000001'",
            ])
        // Diagnostics sort by subject: messaging users, then tickets by number. The help-center-only user
        // keeps its `ai-agent-asks-again` under its new key.
        #expect(
            diff.changes.filter { $0.kind == .diagnosticAdded }.map(\.subject) == [
                "messaging:6a107dc64e6f72746800000f", "messaging:6a107dc64e6f72746800000f", "ticket:5005",
                "ticket:5005",
            ])
    }

    @Test func aDuplicateEmailAddsItsDiagnostic() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editSupportUser("1840000000106", in: &$0) { $0.email = "lena.fischer@example.net" }
        }
        #expect(
            SampleDiff.lines(diff, .diagnosticAdded) == [
                "warning duplicate-email for 'Lena Fischer' (support:1840000000105): email 'lena.fischer@example.net' is shared with support:1840000000106 'Rafa Souza'; neither has an external ID"
            ])
        #expect(
            SampleDiff.lines(diff, .visibleFieldChanged) == [
                "'Rafa Souza' (support:1840000000106) email on essentials card and profile: none → 'lena.fischer@example.net'"
            ])
    }

    @Test func aDroppedTicketIsRemovedWithItsMark() throws {
        let diff = try SampleDiff.diff { $0.tickets.removeAll { $0.id == "5003" } }
        #expect(
            SampleDiff.lines(diff, .ticketRemoved) == [
                "ticket 5003 of 'Diego Alvarez' (support:1840000000102) removed: pending, with the mark (within-cap, rank 1)"
            ])
        let back = SnapshotDiff(
            old: try SampleDiff.document { $0.tickets.removeAll { $0.id == "5003" } }, new: try SampleDiff.document())
        #expect(
            SampleDiff.lines(back, .ticketAdded) == [
                "ticket 5003 of 'Diego Alvarez' (support:1840000000102) added: pending, with the mark (within-cap, rank 1)"
            ])
    }

    /// The status badge is what agents see of a solved ticket, even when its mark stays.
    @Test func aStatusChangeIsListedThoughTheMarkStays() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editTicket("5003", in: &$0) { $0.status = "solved" }
        }
        #expect(
            SampleDiff.lines(diff, .ticketStatusChanged) == [
                "ticket 5003 of 'Diego Alvarez' (support:1840000000102): status pending → solved; the mark stays (within-cap → inactive)"
            ])
        #expect(DiffSummary.headline(diff) == "What agents see changed: 1 ticket changed status")
    }

    /// A ticket now requested by someone else (as a login merge moves an anonymous user's tickets, rules §7
    /// rule 2) is seen by agents under another name, though its mark stays.
    @Test func aRequesterChangeIsListedThoughTheMarkStays() throws {
        let diff = try SampleDiff.diff {
            SampleDiff.editTicket("5003", in: &$0) { $0.requesterID = "1840000000101" }
        }
        #expect(
            SampleDiff.lines(diff, .ticketRequesterChanged) == [
                "ticket 5003 of 'Amelia Hart' (support:1840000000101): requester 'Diego Alvarez' (support:1840000000102) → 'Amelia Hart' (support:1840000000101); the mark stays (within-cap)"
            ])
        #expect(DiffSummary.headline(diff) == "What agents see changed: 1 ticket changed requester")
        // With the status too, still one line for the ticket.
        let both = try SampleDiff.diff {
            SampleDiff.editTicket("5003", in: &$0) {
                $0.requesterID = "1840000000101"
                $0.status = "open"
            }
        }
        #expect(
            SampleDiff.lines(both, .ticketRequesterChanged) == [
                "ticket 5003 of 'Amelia Hart' (support:1840000000101): requester 'Diego Alvarez' (support:1840000000102) → 'Amelia Hart' (support:1840000000101), status pending → open; the mark stays (within-cap)"
            ])
        #expect(SampleDiff.lines(both, .ticketStatusChanged).isEmpty)
    }

    /// The requester is named once per line: a message they wrote is "by the requester", anyone else's by name.
    @Test func aMessageNamesItsAuthorUnlessItIsTheRequester() throws {
        let old = try SampleDiff.document()
        var new = old
        let ticket = try #require(new.tickets.firstIndex { $0.id == "5012" })
        let requester = try #require(new.tickets[ticket].requester?.description)
        let other = try #require(new.tickets[ticket].messages.first { $0.author != requester })
        let own = try #require(new.tickets[ticket].messages.first { $0.author == requester })
        new.tickets[ticket].messages.removeAll { $0.id == other.id || $0.id == own.id }
        #expect(
            SampleDiff.lines(SnapshotDiff(old: old, new: new), .messageRemoved) == [
                "message \(own.id) on ticket 5012 of 'Imani Brooks' (support:1840000000109) removed, by the requester, which had no mark (webhook)",
                "message \(other.id) on ticket 5012 of 'Imani Brooks' (support:1840000000109) removed, by bot, which had no mark (not-end-user)",
            ])
    }

    /// A transcript that repeats a message id (a hostile export) pairs the id's occurrences in order: two equal
    /// sides show no change, and a copy that came or went is listed, linked to its own anchor.
    @Test func aRepeatedMessageIDPairsItsOccurrencesInOrder() throws {
        var old = try SampleDiff.document()
        let ticket = try #require(old.tickets.firstIndex { $0.id == "5012" })
        var copy = old.tickets[ticket].messages[1]
        copy.author = "bot"
        copy.checkMark = !copy.checkMark
        old.tickets[ticket].messages.append(copy)
        #expect(SnapshotDiff(old: old, new: old).changes.isEmpty)
        var new = old
        new.tickets[ticket].messages.append(copy)
        let added = SnapshotDiff(old: old, new: new).changes
        #expect(added.map(\.kind) == [.messageAdded])
        #expect(added.first?.page == "tickets/5012.html#message-\(copy.id).3")
        let removed = SnapshotDiff(old: new, new: old).changes
        #expect(removed.map(\.kind) == [.messageRemoved])
    }

    /// A snapshot from an AgentView that did not yet record staff roles or identities (the base branch's artifact
    /// when a pull request upgrades AgentView) compares as the same: a key it lacks is not a value it emptied.
    @Test func keysAnOlderSnapshotLacksAreNotChanges() throws {
        let view = AgentView(export: try SampleDiff.export.get(), settings: Settings())
        let json = Snapshot.json(of: view)
        #expect(json.contains("\"staffRole\": ") && json.contains("\"identities\": "))
        let older = json.replacingOccurrences(of: "\"staffRole\": ", with: "\"notYetStaffRole\": ")
            .replacingOccurrences(of: "\"identities\": ", with: "\"notYetIdentities\": ")
        let old = try SnapshotDocument(bytes: Array(older.utf8), path: "old/snapshot.json")
        let new = SnapshotDocument(view: view)
        #expect(old.users.allSatisfy { !$0.recordsStaffRole && $0.profile.identities == nil })
        #expect(SnapshotDiff(old: old, new: new).changes.isEmpty)
        #expect(SnapshotDiff(old: new, new: old).changes.isEmpty)
        // Both sides recording them still compare them.
        let current = try SnapshotDocument(bytes: Array(json.utf8), path: "old/snapshot.json")
        var edited = new
        edited.users[0].staffRole = "admin"
        edited.users[0].profile.identities = []
        #expect(
            Set(SnapshotDiff(old: current, new: edited).changes.map(\.kind)).isSuperset(of: [.userStaffChanged]))
    }

    /// A line that appears in or leaves a transcript is seen by agents, with or without the mark.
    @Test func aMessageAddedOrRemovedOnAKeptTicketIsListed() throws {
        let id = "69e7847f4e6f72746800006c"
        let without = try SampleDiff.document {
            $0.messages.removeAll { $0.id == id }
            // The ticket's conversation log names the message too, and would bring it back.
            $0.conversationLogEvents.removeAll { $0.messagingMessageID == id }
        }
        let removed = SnapshotDiff(old: try SampleDiff.document(), new: without)
        #expect(
            SampleDiff.lines(removed, .messageRemoved) == [
                "message \(id) on ticket 5012 of 'Imani Brooks' (support:1840000000109) removed, by the requester, which had the mark (auth-time)"
            ])
        #expect(removed.changes.first { $0.kind == .messageRemoved }?.page == "tickets/5012.html")
        let added = SnapshotDiff(old: without, new: try SampleDiff.document())
        #expect(
            SampleDiff.lines(added, .messageAdded) == [
                "message \(id) on ticket 5012 of 'Imani Brooks' (support:1840000000109) added, by the requester, with the mark (auth-time)"
            ])
        #expect(added.changes.first { $0.kind == .messageAdded }?.page == "tickets/5012.html#message-\(id)")
    }

    /// An unmarked message now shown under another end user: agents see another name on it, though no mark moved.
    @Test func aMessageShownUnderAnotherAuthorIsListed() throws {
        let id = "3840000000022"
        let diff = try SampleDiff.diff {
            let index = try #require($0.comments.firstIndex { $0.id == id })
            $0.comments[index].authorID = "1840000000102"
        }
        #expect(
            SampleDiff.lines(diff, .messageAuthorChanged) == [
                "message \(id) on ticket 5002 of 'Amelia Hart' (support:1840000000101): author 'Amelia Hart' (support:1840000000101) → 'Diego Alvarez' (support:1840000000102), without the mark (email-channel)"
            ])
    }

    /// Only a subject's one diagnostic of a code on each side pairs: with two of a code on a side, a message that
    /// went and another that came are a removal and an addition, not an edit.
    @Test func aDiagnosticPairsAsChangedOnlyWhenItIsItsSubjectsOneOfItsCodeOnEachSide() throws {
        var old = try SampleDiff.document()
        var new = old
        func note(_ message: String, _ severity: String = "warning") -> SnapshotDiagnostic {
            SnapshotDiagnostic(
                code: "duplicate-email", severity: severity, subject: "support:1840000000101", message: message,
                advice: "")
        }
        old.diagnostics = [note("shares an email with support:2"), note("shares an email with support:3")]
        new.diagnostics = [note("shares an email with support:2"), note("shares an email with support:4")]
        let both = SnapshotDiff(old: old, new: new)
        #expect(both.changes.filter { $0.kind == .diagnosticChanged }.isEmpty)
        #expect(both.changes.filter { $0.kind == .diagnosticAdded }.count == 1)
        #expect(both.changes.filter { $0.kind == .diagnosticRemoved }.count == 1)
        old.diagnostics = [note("shares an email with support:3", "note")]
        new.diagnostics = [note("shares an email with support:4")]
        #expect(
            SampleDiff.lines(SnapshotDiff(old: old, new: new), .diagnosticChanged) == [
                "warning duplicate-email for 'Amelia Hart' (support:1840000000101) (was note) now says: shares an email with support:4 — it said: shares an email with support:3"
            ])
    }

    /// A diagnostic both sides hold word for word at another severity (a newer catalogue made it an error) is
    /// a change: `--fail-on error` now stops on it. The same severity on both sides is no change.
    @Test func aDiagnosticWhoseSeverityAloneChangedIsReported() throws {
        var old = try SampleDiff.document()
        var new = old
        let diagnostic = SnapshotDiagnostic(
            code: "duplicate-email", severity: "warning", subject: "support:1840000000101",
            message: "shares an email with support:2", advice: "")
        old.diagnostics = [diagnostic]
        new.diagnostics = [diagnostic]
        #expect(SnapshotDiff(old: old, new: new).changes.isEmpty)
        new.diagnostics[0].severity = "error"
        let diff = SnapshotDiff(old: old, new: new)
        #expect(diff.changes.map(\.kind) == [.diagnosticChanged])
        #expect(
            SampleDiff.lines(diff, .diagnosticChanged) == [
                "error duplicate-email for 'Amelia Hart' (support:1840000000101) (was warning): shares an email with support:2"
            ])
    }

    /// Bundles are keyed by the values themselves: two requesters whose keys are cut alike on the page (the first
    /// 255 bytes) stay two items.
    @Test func requestersWhoseKeysAreCutAlikeAreTwoItems() throws {
        let lost = try ticketsLosingTheMark { UserKey(.messaging, String(repeating: "A", count: 300) + "\($0)") }
        #expect(lost.changes.count == 2 && lost.bullets.count == 2)
    }

    /// A status the words do not name does not split an item: a requester de-authenticated loses the mark on
    /// both tickets, one of which also went from open to pending.
    @Test func aStatusTheWordsDoNotNameKeepsTicketsInOneItem() throws {
        let lost = try ticketsLosingTheMark(requester: { _ in UserKey(.support, "42") }) {
            $0.tickets[1].status = "pending"
        }
        #expect(lost.changes.count == 2 && lost.bullets.count == 1)
        #expect(
            lost.bullets[0].text().description.contains(
                "; requester authentication changed (within-cap → not-authenticated); tickets "))
    }

    /// Two of the sample's tickets alone in both snapshots, open and marked within the cap, then without the
    /// mark as not authenticated; `requester` names each one's requester by its place, `edit` changes the new
    /// side further. The group of tickets that lost the mark.
    private func ticketsLosingTheMark(
        requester: (Int) -> UserKey, edit: (inout SnapshotDocument) -> Void = { _ in }
    ) throws -> DiffGroup {
        var old = try SampleDiff.document()
        old.users = []
        old.diagnostics = []
        old.tickets = Array(old.tickets.prefix(2))
        for index in old.tickets.indices {
            old.tickets[index].requester = requester(index)
            old.tickets[index].checkMark = true
            old.tickets[index].reason = "within-cap"
            old.tickets[index].status = "open"
            old.tickets[index].messages = []
        }
        var new = old
        for index in new.tickets.indices {
            new.tickets[index].checkMark = false
            new.tickets[index].reason = "not-authenticated"
        }
        edit(&new)
        return try #require(SnapshotDiff(old: old, new: new).groups.first { $0.kind == .ticketMarkLost })
    }

    @Test func groupsFollowTheKindOrder() throws {
        let diff = try SampleDiff.diff(Settings(activeTicketCap: 50)) {
            $0.supportUsers.removeAll { $0.id == "1840000000104" }
        }
        let kinds = diff.groups.map(\.kind)
        #expect(kinds == kinds.sorted())
        // The removed user's tickets keep a requester the export lacks, so their messages lose the mark too (§5 rule 6).
        #expect(
            kinds == [
                .settingsChanged, .userAdded, .userRemoved, .ticketMarkLost, .messageMarkLost, .diagnosticAdded,
                .diagnosticRemoved, .diagnosticChanged,
            ])
        #expect(diff.groups.map(\.changes.count).reduce(0, +) == diff.changes.count)
    }
}
