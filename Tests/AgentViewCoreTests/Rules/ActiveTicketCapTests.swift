import Testing

@testable import AgentViewCore

/// docs/rules.md §6: the cap's boundaries, its three-key order, and the reason of every ticket.
@Suite struct ActiveTicketCapTests {
    private static let base = Timestamp(iso8601: "2026-05-01T00:00:00Z")!

    private static func at(_ minutes: Int) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: base.millisecondsSinceEpoch + Int64(minutes) * 60_000)
    }

    /// `count` active tickets with distinct activity, newest first by id order reversed.
    private static func activeTickets(_ count: Int) -> [ActiveTicketCap.Candidate] {
        (1...count).map {
            ActiveTicketCap.Candidate(
                id: String($0), status: ["new", "open", "pending", "hold"][$0 % 4], lastActivity: at($0),
                lastChange: at(0))
        }
    }

    @Test(arguments: [(99, 99, 0), (100, 100, 0), (101, 100, 1), (250, 100, 150)])
    func boundaries(active: Int, within: Int, over: Int) {
        let marks = ActiveTicketCap.marks(for: Self.activeTickets(active), userIsAuthenticated: true, cap: 100)
        #expect(marks.filter { $0.reason == .withinCap && $0.checkMark }.count == within)
        #expect(marks.filter { $0.reason == .overCap && !$0.checkMark }.count == over)
        // The most recently active ticket (highest id here) ranks first; the least active ranks last.
        #expect(marks.first { $0.ticketID == String(active) }?.rank == 1)
        #expect(marks.first { $0.ticketID == "1" }?.rank == active)
        #expect(marks.map(\.ticketID) == (1...active).map(String.init))
    }

    @Test func tiesOnActivityBreakByLastChangeThenByID() {
        let candidates = [
            ActiveTicketCap.Candidate(id: "10", status: "open", lastActivity: Self.at(5), lastChange: Self.at(1)),
            ActiveTicketCap.Candidate(id: "11", status: "open", lastActivity: Self.at(5), lastChange: Self.at(2)),
            ActiveTicketCap.Candidate(id: "9", status: "open", lastActivity: Self.at(5), lastChange: Self.at(2)),
            ActiveTicketCap.Candidate(id: "100", status: "open", lastActivity: Self.at(5), lastChange: Self.at(1)),
        ]
        let ranks = Dictionary(
            uniqueKeysWithValues: ActiveTicketCap.marks(for: candidates, userIsAuthenticated: true, cap: 2).map {
                ($0.ticketID, $0.rank)
            })
        // Same activity: the later change first (11 and 9), and on equal change the higher id first (numerically).
        #expect(ranks == ["11": 1, "9": 2, "100": 3, "10": 4])
    }

    @Test func aTicketWithoutActivityRanksBelowOnesWithActivity() {
        let candidates = [
            ActiveTicketCap.Candidate(id: "1", status: "open", lastActivity: nil, lastChange: Self.at(100)),
            ActiveTicketCap.Candidate(id: "2", status: "open", lastActivity: Self.at(1), lastChange: Self.at(1)),
        ]
        #expect(
            ActiveTicketCap.marks(for: candidates, userIsAuthenticated: true, cap: 1).map(\.reason) == [
                .overCap, .withinCap,
            ])
    }

    @Test func solvedAndClosedTicketsTakeNoPlaceInTheCap() {
        var candidates = Self.activeTickets(100)
        candidates.append(
            ActiveTicketCap.Candidate(id: "500", status: "solved", lastActivity: Self.at(999), lastChange: Self.at(999))
        )
        candidates.append(
            ActiveTicketCap.Candidate(
                id: "501", status: "closed", lastActivity: Self.at(999), lastChange: Self.at(999),
                authenticatedOnTicket: false))
        let marks = ActiveTicketCap.marks(for: candidates, userIsAuthenticated: true, cap: 100)
        #expect(marks.filter { $0.reason == .withinCap }.count == 100)
        let solved = marks.first { $0.ticketID == "500" }
        #expect(
            solved
                == ActiveTicketCap.Mark(
                    ticketID: "500", status: "solved", isActive: false, checkMark: true, rank: nil, reason: .inactive))
        #expect(marks.first { $0.ticketID == "501" }?.checkMark == false)
    }

    @Test(arguments: ["new", "open", "pending", "hold"])
    func activeStatuses(status: String) {
        #expect(ActiveTicketCap.isActive(status))
    }

    @Test(arguments: ["solved", "closed", "deleted", "archived"])
    func inactiveStatuses(status: String) {
        #expect(!ActiveTicketCap.isActive(status))
    }

    @Test func emailTicketsNeverCarryTheMarkAndTakeNoPlace() {
        let candidates = [
            ActiveTicketCap.Candidate(
                id: "1", status: "open", lastActivity: Self.at(9), lastChange: Self.at(9), channel: .email),
            ActiveTicketCap.Candidate(id: "2", status: "open", lastActivity: Self.at(1), lastChange: Self.at(1)),
        ]
        let marks = ActiveTicketCap.marks(for: candidates, userIsAuthenticated: true, cap: 1)
        #expect(marks.map(\.reason) == [.emailChannel, .withinCap])
        #expect(marks.map(\.rank) == [nil, 1])
    }

    @Test func anUnauthenticatedUserHasAnyNumberOfTicketsAndNoMark() {
        let marks = ActiveTicketCap.marks(for: Self.activeTickets(150), userIsAuthenticated: false, cap: 100)
        #expect(marks.allSatisfy { $0.reason == .notAuthenticated && !$0.checkMark && $0.rank == nil })
    }
}
