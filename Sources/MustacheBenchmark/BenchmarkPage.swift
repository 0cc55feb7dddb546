import Mustache

/// A ticket page like the ones the site renders: a layout with blocks, partials and a table.
enum BenchmarkPage {
    /// The templates: a shared layout, the page that fills its blocks, and two partials.
    static let templates = [
        "layout": """
        <!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8">
            <title>{{$title}}Tickets{{/title}} · {{site.name}}</title>
            <link rel="stylesheet" href="{{site.root}}/style.css">
          </head>
          <body>
            <header><a href="{{site.root}}/index.html">{{site.name}}</a></header>
            <main>
              {{$content}}
              {{/content}}
            </main>
            <footer>Generated {{generatedAt}} · {{site.name}}</footer>
          </body>
        </html>

        """,
        "page": """
        {{<layout}}
        {{$title}}{{view.title}}{{/title}}
        {{$content}}
        <h1>{{view.title}} <small>({{view.count}})</small></h1>
        {{#view.description}}
        <p class="description">{{view.description}}</p>
        {{/view.description}}
        <table>
          <thead><tr><th>#</th><th>Subject</th><th>Requester</th><th>Status</th><th>Priority</th><th>Updated</th></tr></thead>
          <tbody>
            {{#tickets}}
            {{>partials/ticket-row}}
            {{/tickets}}
            {{^tickets}}
            <tr><td colspan="6">No tickets</td></tr>
            {{/tickets}}
          </tbody>
        </table>
        {{/content}}
        {{/layout}}

        """,
        "partials/ticket-row": """
        <tr class="status-{{status}}">
          <td><a href="{{site.root}}/tickets/{{id}}.html">{{id}}</a></td>
          <td>{{subject}}{{#isEscalated}} {{>partials/badge}}{{/isEscalated}}</td>
          <td>{{requester.name}} &lt;{{requester.email}}&gt;</td>
          <td>{{status}}</td>
          <td>{{priority}}</td>
          <td><time datetime="{{updatedAt}}">{{updatedAt}}</time></td>
        </tr>

        """,
        "partials/badge": #"<span class="badge">escalated</span>"#,
    ]

    /// A context with 50 tickets of 6 fields each, a few hundred values in all.
    static let context: MustacheValue = [
        "site": ["name": "Acme Support", "root": ".."],
        "generatedAt": "2024-05-01T12:00:00Z",
        "view": [
            "title": "Open tickets",
            "count": 50,
            "description": "Tickets that are new, open or pending, most recently updated first.",
        ],
        "tickets": .list(
            (1...50).map { number in
                [
                    "id": .number(String(4000 + number)),
                    "subject": .string("Printer on floor \(number % 7) says \"paper jam\" & won't print"),
                    "requester": [
                        "name": .string("Customer \(number)"), "email": .string("customer\(number)@example.com"),
                    ],
                    "status": .string(["new", "open", "pending"][number % 3]),
                    "priority": .string(["low", "normal", "high", "urgent"][number % 4]),
                    "updatedAt": .string("2024-04-\(10 + number % 20)T09:\(10 + number % 50):00Z"),
                    "isEscalated": .bool(number % 5 == 0),
                ]
            }),
    ]
}
