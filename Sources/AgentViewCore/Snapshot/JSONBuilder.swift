import JSONTree

/// Small constructors for building output JSON in a fixed key order.
enum JSONBuilder {
    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
    }

    static func string(_ value: String?) -> JSONValue { value.map { JSONValue(.string($0)) } ?? JSONValue(.null) }

    static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }

    static func int(_ value: Int?) -> JSONValue { value.map { JSONValue(.number(String($0))) } ?? JSONValue(.null) }

    static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }
}
