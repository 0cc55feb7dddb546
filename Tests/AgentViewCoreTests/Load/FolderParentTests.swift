import Testing

@testable import AgentViewCore

/// A list that lacks its parent's id takes it from the folder directly above the file: a wrong answer here
/// files a ticket's comments under another ticket, or a conversation's messages under none.
@Suite struct FolderParentTests {
    @Test func theFolderAboveTheFileNamesTheParent() {
        #expect(FolderParent.id(in: "support/tickets/7/comments.json", under: .tickets) == "7")
        #expect(FolderParent.id(in: "tickets/7/conversation_log.json", under: .tickets) == "7")
        #expect(
            FolderParent.id(in: "messaging/conversations/c-1/messages.json", under: .conversations) == "c-1")
        #expect(FolderParent.id(in: "messaging/users/u1/conversations.json", under: .users) == "u1")
    }

    @Test func emptyComponentsAreSkippedAsIfTheSlashesWereOne() {
        #expect(FolderParent.id(in: "support//tickets//7//comments.json", under: .tickets) == "7")
        #expect(FolderParent.id(in: "/tickets/7/comments.json", under: .tickets) == "7")
    }

    @Test func anyOtherFolderOrTooShortAPathNamesNone() {
        #expect(FolderParent.id(in: "conversations/c-1/messages.json", under: .users) == nil)
        #expect(FolderParent.id(in: "tickets/7/extra/comments.json", under: .tickets) == nil)
        #expect(FolderParent.id(in: "7/comments.json", under: .tickets) == nil)
        #expect(FolderParent.id(in: "tickets/7/", under: .tickets) == nil)
        #expect(FolderParent.id(in: "comments.json", under: .tickets) == nil)
        #expect(FolderParent.id(in: "", under: .tickets) == nil)
    }

    @Test func aTicketFolderMustBeAnIDOfDigits() {
        #expect(FolderParent.id(in: "tickets/abc/comments.json", under: .tickets) == nil)
        #expect(FolderParent.id(in: "tickets/١٢/comments.json", under: .tickets) == nil)
        #expect(FolderParent.id(in: "conversations/abc/messages.json", under: .conversations) == "abc")
    }

    /// A path is split by characters: a slash that a combining mark joins is part of a name, not a separator.
    @Test func aNonASCIIPathIsReadByItsCharacters() {
        #expect(FolderParent.id(in: "données/conversations/é-1/messages.json", under: .conversations) == "é-1")
        #expect(FolderParent.id(in: "conversations/\u{301}x/messages.json", under: .conversations) == nil)
    }
}
