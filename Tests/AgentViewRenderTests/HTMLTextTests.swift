import Testing

@testable import AgentViewRender

/// Input HTML becomes plain text: tags dropped, lines kept, entities decoded, scripts silenced.
@Suite struct HTMLTextTests {
    @Test(
        "HTML turns into the text a reader sees",
        arguments: [
            ("<p>Hi <b>team</b></p><p>Thanks,<br>Amelia</p>", "Hi team\nThanks,\nAmelia"),
            (
                "<div class=\"zd-comment\" dir=\"auto\"><p dir=\"auto\">Conversation with Sofia</p>\n\n<p dir=\"auto\">URL: None</p></div>",
                "Conversation with Sofia\n\nURL: None"
            ),
            ("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x263A; &nbsp;f", "a & b <c> \"d\" 'e' ☺  f"),
            ("x<script>alert('<p>')</script>y<style>p{}</style>z", "xyz"),
            ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
            ("1 < 2 and 3 > 2 &unknown; &", "1 < 2 and 3 > 2 &unknown; &"),
            ("<!-- note --><p>text</p>", "text"),
        ])
    func plainText(html: String, text: String) {
        #expect(HTMLText.plainText(html) == text)
    }
}
