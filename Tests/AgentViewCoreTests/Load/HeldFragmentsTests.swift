import Testing

@testable import AgentViewCore

/// A shard holds a fragment only for the files that have something in theirs, and gives them back in file
/// order: the order records are assembled in, and problems reported in.
@Suite struct HeldFragmentsTests {
    private func messages(_ ids: String...) -> ExportFragment {
        let list = ids.map { #"{"id": "\#($0)", "received": "2026-01-01T00:00:00Z", "author": {"type": "user"}}"# }
        let path = "conversations/c1/messages.json"
        return ExportLoader.decode(
            SourceFile(
                displayPath: path, relativePath: path,
                bytes: Array(#"{"messages": [\#(list.joined(separator: ", "))]}"#.utf8)))
    }

    @Test func fragmentsComeBackInFileOrderWhateverOrderTheyWereStoredIn() {
        var fragments = HeldFragments(count: 6)
        fragments[5] = messages("m5")
        fragments[1] = messages("m1")
        fragments[2] = ExportFragment()
        var unrecognised = ExportFragment()
        unrecognised.isUnrecognised = true
        fragments[3] = unrecognised
        #expect(fragments.nonEmpty.map(\.index) == [1, 3, 5])
        #expect(fragments.nonEmpty.map { $0.fragment.messages.map(\.id) } == [["m1"], [], ["m5"]])
        #expect(fragments[0].isEmpty && fragments[2].isEmpty && fragments[3].isUnrecognised)
        #expect(fragments.count == 6)
    }

    @Test func aFragmentIsChangedInPlaceAndAnEmptyFileTakesOneWhenItGainsRecords() {
        var fragments = HeldFragments(count: 3)
        fragments[0] = messages("a", "b", "c")
        fragments.update(0) { $0.messages.removeAll { $0.id == "b" } }
        fragments.update(2) { $0.messages = messages("z").messages }
        fragments.update(1) { _ in }
        #expect(fragments[0].messages.map(\.id) == ["a", "c"])
        #expect(fragments.nonEmpty.map(\.index) == [0, 2])
        // A file whose records are all dropped, or read again to nothing, counts as empty again.
        fragments.update(0) { $0.messages = [] }
        fragments[2] = ExportFragment()
        #expect(fragments.nonEmpty.isEmpty)
        fragments[0] = messages("again")
        #expect(fragments.nonEmpty.map { $0.fragment.messages.map(\.id) } == [["again"]])
    }

    @Test func takingEveryFragmentLeavesEveryFileEmpty() {
        var fragments = HeldFragments(count: 4)
        fragments[3] = messages("late")
        fragments[0] = messages("early")
        let taken = fragments.takeAll()
        #expect(taken.map(\.index) == [0, 3])
        #expect(taken.map { $0.fragment.messages.map(\.id) } == [["early"], ["late"]])
        #expect(fragments.nonEmpty.isEmpty)
        #expect(fragments[3].isEmpty)
    }
}
