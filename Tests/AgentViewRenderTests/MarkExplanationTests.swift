import Testing

@testable import AgentViewCore
@testable import AgentViewRender

/// Each message caption names the rule that decided it and says whether the message is marked (docs/rules.md §5).
@Suite struct MarkExplanationTests {
    /// The section each rule's caption cites.
    private static let citations: [MessageMarkRule: String] = [
        .webhook: "(§5 rule 1)", .mergedAnonymous: "(§5 rule 2)", .authenticationTime: "(§5 rule 3)",
        .authenticationTimeUnknown: "(§5 rule 4)", .notAuthenticated: "(§3)", .notEndUser: "(§5 rule 5)",
        .emailChannel: "(§5 rule 6)", .overCap: "(§5 rule 6)", .requesterNotAuthenticated: "(§5 rule 6)",
    ]

    @Test(
        "Every caption says whether the message is marked and cites its own rule", arguments: MessageMarkRule.allCases)
    func captions(rule: MessageMarkRule) {
        for checkMark in [false, true] {
            for isMessagingMessage in [false, true] {
                let caption = MarkExplanation.caption(
                    MessageCheckMark.Decision(checkMark: checkMark, rule: rule), isMessagingMessage: isMessagingMessage)
                #expect(caption.hasPrefix(checkMark ? "Marked — " : "Not marked — "), "\(caption)")
                let citation = Self.citations[rule] ?? (isMessagingMessage ? "(§5 rule 6)" : "(§4)")
                #expect(caption.hasSuffix(citation + "."), "\(caption)")
            }
        }
    }

    @Test("A Support comment's caption says it is not a messaging message")
    func supportComment() {
        let decision = MessageCheckMark.Decision(checkMark: false, rule: .notMessaging)
        #expect(
            MarkExplanation.caption(decision, isMessagingMessage: false)
                == "Not marked — a Support comment, not a messaging message; the mark is a messaging feature (§4).")
        #expect(
            MarkExplanation.caption(decision)
                == "Not marked — the ticket's channel is not messaging, so none of its messages carries the mark (§5 rule 6)."
        )
    }
}
