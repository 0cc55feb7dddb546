/// Decides the check mark of each end-user message (docs/rules.md §5).
///
/// "An end-user message carries the mark if its author was authenticated when it was sent. Decide in
/// this order, and record which rule decided: 1. webhook data: `message.author.user.authenticated`;
/// 2. the author id is a messaging user that was anonymous and later merged into an authenticated one
/// (`user:merge`, reason `sdkLogin`): no mark; 3. a known moment of authentication (`user:update` with
/// reason `authentication`, or the merge time): mark the messages received at or after it; 4. otherwise:
/// mark every message of an authenticated user and raise the `auth-time-unknown` note. Agent, bot and
/// system messages never carry the end-user mark. A message shows the mark only on a ticket that carries
/// it: on an over-cap, email-channel or not-messaging ticket no message is marked."
///
/// The channel is known per ticket and decided here; the cap is known only once all of a user's tickets
/// are ranked, so the builder applies `withheld(by:)` afterwards.
public struct MessageCheckMark: Sendable {
    /// What the rule needs to know about the message's author.
    public struct Author: Sendable {
        public var isAuthenticated: Bool
        /// When the author became authenticated, if any evidence says.
        public var authenticatedAt: Timestamp?
        /// The author id was discarded by an `sdkLogin` merge (it was the anonymous side).
        public var wasAnonymousBeforeLogin: Bool

        /// Creates the author facts.
        public init(isAuthenticated: Bool, authenticatedAt: Timestamp? = nil, wasAnonymousBeforeLogin: Bool = false) {
            self.isAuthenticated = isAuthenticated
            self.authenticatedAt = authenticatedAt
            self.wasAnonymousBeforeLogin = wasAnonymousBeforeLogin
        }
    }

    /// The decision for one message.
    public struct Decision: Sendable, Equatable {
        public var checkMark: Bool
        public var rule: MessageMarkRule
    }

    /// Decides one message.
    public static func decide(
        role: TranscriptEntry.Role, time: Timestamp?, authenticatedAtSend: Bool?, author: Author,
        channel: ViaChannel.Kind = .messaging, isMessagingMessage: Bool = true
    ) -> Decision {
        guard role == .endUser else { return Decision(checkMark: false, rule: .notEndUser) }
        switch channel {
        case .email: return Decision(checkMark: false, rule: .emailChannel)
        case .notMessaging, .unknown: return Decision(checkMark: false, rule: .notMessaging)
        case .messaging: break
        }
        // Authentication exists only for the Web Widget and mobile SDKs (§3): a comment that is no messaging
        // message (`TranscriptBuilder.isMessagingComment`) never carries the mark.
        guard isMessagingMessage else { return Decision(checkMark: false, rule: .notMessaging) }
        if let stated = authenticatedAtSend { return Decision(checkMark: stated, rule: .webhook) }
        if author.wasAnonymousBeforeLogin { return Decision(checkMark: false, rule: .mergedAnonymous) }
        guard author.isAuthenticated else { return Decision(checkMark: false, rule: .notAuthenticated) }
        if let moment = author.authenticatedAt {
            return Decision(checkMark: (time ?? .distantPast) >= moment, rule: .authenticationTime)
        }
        return Decision(checkMark: true, rule: .authenticationTimeUnknown)
    }

    /// The decision of an end-user message on a ticket without the mark (§5 rule 6): unmarked, and the
    /// ticket's reason is the rule. Other messages, and messages on tickets that may carry the mark, keep theirs.
    ///
    /// On a ticket whose requester is not authenticated (`reason` `.notAuthenticated`, also given for a
    /// requester the export lacks), only a message its own rule marked changes, to
    /// `requester-not-authenticated`: one its own rule left unmarked keeps that rule, which says more.
    public static func withheld(_ decision: Decision, role: TranscriptEntry.Role, by reason: TicketMarkReason?)
        -> Decision
    {
        guard role == .endUser, let reason, reason.withholdsMessageMarks else { return decision }
        if reason == .notAuthenticated {
            return decision.checkMark ? Decision(checkMark: false, rule: .requesterNotAuthenticated) : decision
        }
        guard let rule = MessageMarkRule(rawValue: reason.rawValue) else { return decision }
        return Decision(checkMark: false, rule: rule)
    }
}
