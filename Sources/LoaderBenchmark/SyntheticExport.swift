import Foundation

/// Writes a synthetic export in the real Zendesk and Sunshine shapes, sized to a target in bytes.
enum SyntheticExport {
    /// Writes batches of 200 users with their tickets, conversations and messages until the target size.
    static func write(to folder: URL, targetBytes: Int) throws -> (bytes: Int, files: Int) {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = 0
        var files = 0
        var batch = 0
        func emit(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = Data(text.utf8)
            try data.write(to: url)
            written += data.count
            files += 1
        }
        while written < targetBytes {
            var users: [String] = []
            var identities: [String] = []
            var tickets: [String] = []
            var metrics: [String] = []
            for index in 0..<200 {
                let n = batch * 200 + index
                let supportID = 10_000_000 + n
                let hex = String(format: "%024x", 0x6a00_0000 + n)
                users.append("""
                    {"id": \(supportID), "url": "https://northwind.zendesk.com/api/v2/users/\(supportID).json", "name": "Customer \(n) Ümlaut", "email": "customer\(n)@example.com", "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-02-03T04:05:06Z", "time_zone": "Copenhagen", "iana_time_zone": "Europe/Copenhagen", "phone": "+1-555-\(String(format: "%07d", n % 10_000_000))", "locale": "en-US", "role": "end-user", "verified": true, "external_id": "cust-\(n)", "tags": ["vip", "messaging"], "user_fields": {"plan": "gold"}}
                    """)
                identities.append("""
                    {"id": \(90_000_000 + n), "user_id": \(supportID), "type": "email", "value": "customer\(n)@example.com", "verified": true, "primary": true, "verification_method": "embed", "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:04:05Z"}
                    """)
                try emit("sunshine/users/\(hex).json", """
                    {"user": {"id": "\(hex)", "externalId": "cust-\(n)", "zendeskId": "\(supportID)", "authenticated": true, "signedUpAt": "2026-01-02T03:04:05.123Z", "profile": {"givenName": "Customer", "surname": "\(n)", "email": "customer\(n)@example.com", "locale": "en-US"}, "identities": [{"type": "email", "value": "customer\(n)@example.com", "verification": "embed"}], "metadata": {}}}
                    """)
                for t in 0..<3 {
                    let ticketID = 500_000_000 + n * 3 + t
                    tickets.append("""
                        {"id": \(ticketID), "url": "https://northwind.zendesk.com/api/v2/tickets/\(ticketID).json", "subject": "Order \(ticketID) has not arrived", "description": "Where is my order?", "status": "\(["open", "pending", "solved"][t])", "requester_id": \(supportID), "submitter_id": \(supportID), "assignee_id": 77, "brand_id": 360000000001, "via": {"channel": "native_messaging", "source": {"from": {}, "to": {}, "rel": null}}, "from_messaging_channel": true, "created_at": "2026-03-0\(t + 1)T10:00:00Z", "updated_at": "2026-03-0\(t + 1)T12:00:00Z", "tags": ["order"], "priority": "normal", "type": "question"}
                        """)
                    metrics.append("""
                        {"id": \(ticketID), "ticket_id": \(ticketID), "requester_updated_at": "2026-03-0\(t + 1)T11:00:00Z", "assignee_updated_at": "2026-03-0\(t + 1)T11:30:00Z", "latest_comment_added_at": "2026-03-0\(t + 1)T11:30:00Z", "reopens": 0, "replies": 1}
                        """)
                }
                let conversation = String(format: "%024x", 0x7b00_0000 + n)
                try emit("sunshine/users/\(hex)/conversations.json", """
                    {"conversations": [{"id": "\(conversation)", "type": "personal", "isDefault": true, "createdAt": "2026-03-01T09:59:00.000Z", "lastUpdatedAt": "2026-03-03T11:30:00.000Z"}], "meta": {"hasMore": false}, "links": {}}
                    """)
                var messages: [String] = []
                for m in 0..<40 {
                    let fromUser = m % 2 == 0
                    let author = fromUser
                        ? "{\"type\": \"user\", \"userId\": \"\(hex)\", \"displayName\": \"Customer \(n)\"}"
                        : "{\"type\": \"business\", \"subtypes\": [\"agent\"], \"displayName\": \"Agent Smith\", \"avatarUrl\": \"https://example.com/a.png\"}"
                    messages.append("""
                        {"id": "\(String(format: "%016x%08x", n, m))", "received": "2026-03-0\(m / 14 + 1)T10:\(String(format: "%02d", m % 60)):00.000Z", "author": \(author), "content": {"type": "text", "text": "Message \(m) about order — \\"quoted\\" text with some length to it, as real messages have."}, "source": {"type": "\(fromUser ? "web" : "zd:agentWorkspace")", "integrationId": "5ec69c6e12dda33be985cb1a"}}
                        """)
                }
                try emit("sunshine/conversations/\(conversation)/messages.json", "{\"messages\": [\n" + messages.joined(separator: ",\n") + "\n], \"meta\": {\"hasMore\": false}, \"links\": {}}")
            }
            try emit("zendesk/users-\(batch).json", "{\"users\": [\n" + users.joined(separator: ",\n") + "\n], \"identities\": [\n" + identities.joined(separator: ",\n") + "\n], \"end_of_stream\": true, \"after_cursor\": null}")
            try emit("zendesk/tickets-\(batch).ndjson", tickets.joined(separator: "\n") + "\n")
            try emit("zendesk/ticket_metrics-\(batch).json", "{\"ticket_metrics\": [\n" + metrics.joined(separator: ",\n") + "\n], \"next_page\": null}")
            batch += 1
        }
        return (written, files)
    }
}
