import JSONTree
import Testing

/// The JSONTestSuite parsing corpus: what RFC 8259 accepts, what it rejects, and what it leaves open.
@Suite("JSONTestSuite parsing corpus")
struct JSONTestSuiteTests {
    /// The `i_` files the reader accepts; it rejects the other `i_` files, each with a located error.
    ///
    /// Pinned so that a change of behaviour is a decision, not an accident. The reader accepts
    /// numbers of any size (it keeps the literal, see ``JSONValue/Kind/number(_:)``), a leading BOM
    /// and 500 levels of nesting, and rejects anything that is not well-formed UTF-8, lone
    /// surrogate escapes and UTF-16 or UTF-32 documents.
    static let acceptedImplementationDefined: Set<String> = [
        "i_number_double_huge_neg_exp.json",
        "i_number_huge_exp.json",
        "i_number_neg_int_huge_exp.json",
        "i_number_pos_double_huge_exp.json",
        "i_number_real_neg_overflow.json",
        "i_number_real_pos_overflow.json",
        "i_number_real_underflow.json",
        "i_number_too_big_neg_int.json",
        "i_number_too_big_pos_int.json",
        "i_number_very_big_negative_int.json",
        "i_structure_500_nested_arrays.json",
        "i_structure_UTF-8_BOM_empty_object.json",
    ]

    @Test("The vendored corpus holds every file")
    func corpusIsComplete() throws {
        for (prefix, count) in JSONTestSuiteCorpus.expectedCounts {
            #expect(try JSONTestSuiteCorpus.names(prefix: prefix).count == count, "files named \(prefix)*")
        }
    }

    @Test(
        "Every y_ file parses, and what the writer makes of it reads back the same",
        arguments: try JSONTestSuiteCorpus.names(prefix: "y_"))
    func accepted(name: String) throws {
        let bytes = try JSONTestSuiteCorpus.bytes(name)
        let value: JSONValue
        do {
            value = try JSONReader.parse(bytes)
        } catch {
            Issue.record("rejected at \(TextPosition(offset: error.offset, in: bytes)): \(error)")
            return
        }
        let written = JSONWriter.serialize(value)
        #expect(try JSONReader.parse(Array(written.utf8)).withoutOffsets == value.withoutOffsets, "written: \(written)")
    }

    @Test(
        "Every n_ file throws a syntax error located inside the file",
        arguments: try JSONTestSuiteCorpus.names(prefix: "n_"))
    func rejected(name: String) throws {
        let bytes = try JSONTestSuiteCorpus.bytes(name)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(bytes) }
        if let error {
            expectLocatedInside(error, bytes)
        }
    }

    @Test(
        "Every i_ file parses or throws a located error, as pinned",
        arguments: try JSONTestSuiteCorpus.names(prefix: "i_"))
    func implementationDefined(name: String) throws {
        let bytes = try JSONTestSuiteCorpus.bytes(name)
        let accepted: Bool
        do {
            _ = try JSONReader.parse(bytes)
            accepted = true
        } catch {
            expectLocatedInside(error, bytes)
            accepted = false
        }
        #expect(accepted == Self.acceptedImplementationDefined.contains(name), "accepted: \(accepted)")
    }

    /// Expects the error's offset to be a byte of the file or its end, with a line and column an editor can show.
    private func expectLocatedInside(
        _ error: JSONSyntaxError, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            (0...bytes.count).contains(error.offset), "offset \(error.offset) of \(bytes.count)",
            sourceLocation: sourceLocation)
        let position = TextPosition(offset: error.offset, in: bytes)
        let lines = bytes.count(where: { $0 == 0x0A }) + 1
        #expect(
            (1...lines).contains(position.line) && position.column >= 1, "\(position)", sourceLocation: sourceLocation)
        #expect(!error.description.isEmpty, sourceLocation: sourceLocation)
    }
}
