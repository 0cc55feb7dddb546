extension String {
    /// The first `limit` characters when the string is longer than that, else nil. Costs O(limit)
    /// however long the string is, so a 100 MB value is cut as fast as a short one.
    func head(ifLongerThan limit: Int) -> Substring? {
        // A character is at least one byte: a string of at most `limit` bytes is short, and saying so
        // costs no grapheme breaking (which is most of what pages spend on names).
        if utf8.count <= limit { return nil }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex), end < endIndex else { return nil }
        return self[..<end]
    }
}
