import Testing

/// The golden-file helper's diff: what a failing golden test prints.
@Suite struct LineDiffTests {
    @Test("Equal texts have no diff")
    func equal() {
        #expect(LineDiff.unified(old: "a\nb", new: "a\nb") == "")
    }

    @Test("A changed line shows in a unified hunk with its context")
    func changedLine() {
        let old = (1...9).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 5", with: "line five")
        #expect(
            LineDiff.unified(old: old, new: new) == """
                --- expected
                +++ actual
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """)
    }

    @Test("Far-apart changes make separate hunks; an added line counts on the new side only")
    func twoHunks() {
        let old = (1...20).map { "l\($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "l2\n", with: "l2\nnew\n").replacingOccurrences(of: "l19", with: "L19")
        let diff = LineDiff.unified(old: old, new: new, context: 1)
        #expect(
            diff.components(separatedBy: "\n").filter { $0.hasPrefix("@@") } == [
                "@@ -2,2 +2,3 @@", "@@ -18,3 +19,3 @@",
            ])
    }
}
