import AgentViewCore

/// Says why a ticket or a message carries the check mark or not, in the words of docs/rules.md §5 and §6.
enum MarkExplanation {
    /// Why a ticket carries the requester's mark or not (§4, §6); `ranked` counts the user's ranked tickets,
    /// `channel` is the ticket's `via.channel`.
    static func ticket(_ mark: ActiveTicketCap.Mark?, channel: String?, ranked: Int, cap: Int) -> String {
        guard let mark else { return "No mark: the requester is not in the export." }
        switch mark.reason {
        case .withinCap:
            return
                "Carries the mark: active ticket ranked \(mark.rank ?? 0) of \(ranked), within the cap of \(cap) (§6)."
        case .overCap:
            return
                "No mark: active ticket ranked \(mark.rank ?? 0) of \(ranked), over the cap; with multi-conversation messaging only the first \(cap) active tickets carry the mark, and none of its messages does (§6)."
        case .noCap:
            return
                "Carries the mark: active ticket ranked \(mark.rank ?? 0) of \(ranked); with single-conversation messaging no cap applies (§6)."
        case .inactive:
            return mark.checkMark
                ? "Carries the mark: \(mark.status), so no cap applies, and the requester was authenticated on it (§6)."
                : "No mark: \(mark.status), and the requester was not authenticated on it (§6)."
        case .notAuthenticated:
            return "No mark: the requester is not authenticated (§3)."
        case .emailChannel:
            return "No mark: an email ticket; the mark is not carried onto email, nor onto its messages (§4)."
        case .notMessaging:
            return notMessaging(channel)
        }
    }

    /// Why a ticket of a channel that is not messaging has no mark, in plain words (§4 rules 5 and 6).
    static func notMessaging(_ channel: String?) -> String {
        let kind = ViaChannel.kind(of: channel)
        guard let channel else {
            return
                "No mark: the ticket record has no via.channel, so it is treated as not messaging; the mark is a messaging and live-chat feature (§4)."
        }
        guard kind == .notMessaging else {
            return
                "No mark: its channel '\(channel)' is not one AgentView knows, so it is treated as not messaging; the mark is a messaging and live-chat feature (§4)."
        }
        let what = notMessagingPlurals[channel] ?? "\(Wording.channel(channel)) tickets"
        return "No mark: \(what) are not messaging; the mark is a messaging and live-chat feature (§4)."
    }

    private static let notMessagingPlurals = [
        "web": "web form tickets", "web_form": "web form tickets", "web_widget": "web widget contact-form tickets",
        "helpcenter": "help center tickets", "api": "API tickets", "web_service": "API tickets",
        "rule": "tickets made by triggers and automations", "system": "system tickets",
        "mobile": "tickets from the agent mobile app", "mobile_sdk": "Support SDK request tickets",
        "voice": "voice tickets",
    ]

    /// The caption under an end-user message: whether it carries the mark and why, in words
    /// ("Marked — …" or "Not marked — …"), so no reader depends on the check mark's shape or a tooltip (§5).
    static func caption(_ decision: MessageCheckMark.Decision, isMessagingMessage: Bool = true) -> String {
        // `allCases` holds every rule.
        let rule = MessageMarkRule.allCases.firstIndex(of: decision.rule)!
        return captions[rule * 4 + (decision.checkMark ? 2 : 0) + (isMessagingMessage ? 1 : 0)]
    }

    /// Every caption, by rule (in `allCases` order), then mark, then whether the message is a messaging one: built
    /// once, since a page shows one per end-user message and there are only a few dozen of them.
    private static let captions = MessageMarkRule.allCases.flatMap { rule in
        [false, true].flatMap { checkMark in
            [false, true].map { isMessagingMessage in
                let reason = rule.reason(checkMark: checkMark, isMessagingMessage: isMessagingMessage)
                return "\(checkMark ? "Marked" : "Not marked") — \(reason)"
            }
        }
    }
}
