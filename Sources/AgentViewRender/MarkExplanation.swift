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
        guard kind == .notMessaging, let channel else {
            return
                "No mark: its channel \(channel.map { "'\($0)'" } ?? "") is not one AgentView knows, so it is treated as not messaging; the mark is a messaging and live-chat feature (§4)."
        }
        let plural = [
            "web": "web form tickets", "web_form": "web form tickets", "web_widget": "web widget contact-form tickets",
            "helpcenter": "help center tickets", "api": "API tickets", "web_service": "API tickets",
            "rule": "tickets made by triggers and automations", "system": "system tickets",
            "mobile": "tickets from the agent mobile app", "mobile_sdk": "Support SDK request tickets",
            "voice": "voice tickets",
        ]
        let what = plural[channel] ?? "\(Wording.channel(channel)) tickets"
        return "No mark: \(what) are not messaging; the mark is a messaging and live-chat feature (§4)."
    }

    /// Why an end-user message carries the mark or not, for its tooltip (§5).
    static func message(_ decision: MessageCheckMark.Decision, isMessagingMessage: Bool = true) -> String {
        switch (decision.rule, decision.checkMark) {
        case (.webhook, true):
            return "Marked by rule 1: the conversation:message webhook says the author was authenticated when sending."
        case (.webhook, false):
            return
                "Not marked by rule 1: the conversation:message webhook says the author was not authenticated when sending."
        case (.mergedAnonymous, _):
            return "Not marked by rule 2: sent by an anonymous user who was later merged into this user at login."
        case (.authenticationTime, true):
            return "Marked by rule 3: received at or after the moment the author authenticated."
        case (.authenticationTime, false):
            return "Not marked by rule 3: received before the moment the author authenticated."
        case (.authenticationTimeUnknown, _):
            return
                "Marked by rule 4: the author is authenticated and no webhook says since when, so every message is marked."
        case (.notAuthenticated, _):
            return "Not marked: the author is not authenticated."
        case (.emailChannel, _):
            return "Not marked: an email ticket; the mark is not carried onto email (§5 rule 6)."
        case (.notMessaging, _):
            return isMessagingMessage
                ? "Not marked: the ticket's channel is not messaging, so none of its messages carries the mark (§5 rule 6)."
                : "Not marked: a Support comment, not a messaging message; the mark is a messaging feature (§4)."
        case (.overCap, _):
            return
                "Not marked: the ticket is over the active-ticket cap, so none of its messages carries the mark (§5 rule 6)."
        case (.notEndUser, _):
            return "Agent, bot and system messages never carry the end-user mark."
        }
    }

    /// A few words naming the rule, shown under an end-user message.
    static func shortMessage(_ decision: MessageCheckMark.Decision, isMessagingMessage: Bool = true) -> String {
        switch decision.rule {
        case .webhook: "§5 rule 1: webhook"
        case .mergedAnonymous: "§5 rule 2: merged anonymous user"
        case .authenticationTime: decision.checkMark ? "§5 rule 3: after login" : "§5 rule 3: before login"
        case .authenticationTimeUnknown: "§5 rule 4: login time unknown"
        case .notAuthenticated: "not authenticated"
        case .emailChannel: "email"
        case .notMessaging: isMessagingMessage ? "not a messaging ticket" : "Support comment"
        case .overCap: "over the cap"
        case .notEndUser: ""
        }
    }
}
