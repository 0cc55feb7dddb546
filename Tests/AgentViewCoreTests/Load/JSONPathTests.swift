import Testing

@testable import AgentViewCore

/// A wrong type is reported with its key path (docs/rules.md §10 rule 6); the path keeps its last two
/// components inline, an index joined to the key before it, and folds them into its shared part at a third,
/// which must not change the text.
@Suite struct JSONPathTests {
    @Test func theRootPrintsAsRoot() {
        #expect(JSONPath.root.description == "(root)")
        #expect(JSONPath.root.isRoot)
        #expect(!JSONPath.root.appending("users").isRoot)
    }

    @Test func keysAndIndicesPrintInOrderAtAnyDepth() {
        let record = JSONPath.root.appending("messages").appending(index: 3)
        #expect(record.description == "messages[3]")
        #expect(record.appending("author").appending("user").description == "messages[3].author.user")
        #expect(
            record.appending("content").appending("actions").appending(index: 1).appending("uri").description
                == "messages[3].content.actions[1].uri")
        #expect(JSONPath.root.appending("a").appending("b").appending("c").appending("d").description == "a.b.c.d")
        #expect(JSONPath.root.appending(index: 0).appending(index: 1).description == "[0][1]")
        #expect(JSONPath.root.appending("a").appending(index: 0).appending(index: 1).description == "a[0][1]")
        #expect(JSONPath.root.appending(index: 0).appending("a").appending(index: 1).description == "[0].a[1]")
        let deep = record.appending("content").appending("fields").appending(index: 2).appending("select")
        #expect(
            deep.appending(index: 0).appending("label").description == "messages[3].content.fields[2].select[0].label")
    }

    @Test func pathsMadeFromOneAreIndependent() {
        let author = JSONPath.root.appending("messages").appending(index: 0).appending("author")
        let user = author.appending("user")
        let name = author.appending("displayName")
        #expect(user.description == "messages[0].author.user")
        #expect(name.description == "messages[0].author.displayName")
        #expect(author.description == "messages[0].author")
    }
}
