import Foundation

/// The names and emails an unauthenticated person provided: typed into an AI-agent form, or carried by
/// a messaging profile (docs/rules.md §3: "Unauthenticated users may still have a name or an email …
/// Show it, marked unverified; it proves nothing").
struct ProvidedIdentity: Sendable, Equatable {
    /// Distinct names in the order first provided.
    var names: [String] = []
    /// Distinct emails in the order first provided.
    var emails: [String] = []

    /// Whether nothing was provided.
    var isEmpty: Bool { names.isEmpty && emails.isEmpty }

    /// What a messaging user's profile carries: `givenName + " " + surname` and its email.
    static func profile(of user: MessagingUser) -> ProvidedIdentity {
        var identity = ProvidedIdentity()
        identity.add(name: user.profileName)
        identity.add(email: user.email)
        return identity
    }

    /// What `formResponse` messages carry, in message order.
    static func forms(in messages: [Message]) -> ProvidedIdentity {
        var identity = ProvidedIdentity()
        identity.add(forms: messages)
        return identity
    }

    /// Adds the values of `formResponse` messages, in message order.
    mutating func add(forms messages: [Message]) {
        for message in messages where message.content.type == "formResponse" {
            for field in message.content.fields {
                switch Self.kind(of: field) {
                case .email: add(email: field.value)
                case .name: add(name: field.value)
                case .other: break
                }
            }
        }
    }

    /// What a form answer provides about its user.
    enum FieldKind { case email, name, other }

    /// Whether a form field asks for an email, a name or something else. Zendesk's bot forms name their
    /// fields `name` and `email` ("Your name", "Your email"); forms written in other languages are
    /// recognised by the word for each in the languages Zendesk's bots are most often set up in. Redaction
    /// replaces answers by the same rule.
    static func kind(of field: MessageContent.Field) -> FieldKind {
        kind(of: field, Label(field))
    }

    private static func kind(of field: MessageContent.Field, _ label: Label) -> FieldKind {
        if field.type == "email" || label.key.contains("email") || !label.words.isDisjoint(with: emailWords) {
            return .email
        }
        return label.key.contains("name") || !label.words.isDisjoint(with: nameWords) ? .name : .other
    }

    /// Whether a field may ask for a name though `kind(of:)` cannot say so: "Nombre" is a name in Spanish and a
    /// number in French ("Nombre de personnes"). Rules leave such answers alone, since a false name would raise
    /// `shared-device`; redaction hides them, since hiding a number costs nothing.
    static func mayAskForName(_ field: MessageContent.Field) -> Bool {
        let label = Label(field)
        return kind(of: field, label) == .name || label.words.contains("nombre")
    }

    /// A field's name and label, folded, and their words without accents: read once per question.
    private struct Label {
        let key: String
        let words: Set<String>

        init(_ field: MessageContent.Field) {
            key = DiagnosticText.folded([field.name, field.label].compactMap { $0 }.joined(separator: " "))
            words = Set(
                key.folding(options: .diacriticInsensitive, locale: nil).split { !$0.isLetter }.map(String.init))
        }
    }

    /// "Email" in Spanish, Portuguese, French, German, Dutch, Italian and the Nordic languages, as one word.
    private static let emailWords: Set<String> = ["correo", "courriel", "mail", "epost", "sahkoposti"]
    /// "Name", "first name" and "surname" in the same languages; not the Spanish "nombre", which is French for
    /// "number" (see `mayAskForName`).
    private static let nameWords: Set<String> = [
        "apellido", "apellidos", "nome", "sobrenome", "cognome", "nom", "prenom", "vorname",
        "nachname", "naam", "achternaam", "voornaam", "navn", "fornavn", "efternavn", "etternavn", "namn",
        "fornamn", "efternamn", "nimi", "surname",
    ]

    /// Adds a name unless blank or already present, ignoring case and spacing.
    mutating func add(name: String?) {
        guard let name = DiagnosticText.nonEmpty(name) else { return }
        if !names.contains(where: { DiagnosticText.folded($0) == DiagnosticText.folded(name) }) { names.append(name) }
    }

    /// Adds an email unless blank or already present, ignoring case.
    mutating func add(email: String?) {
        guard let email = DiagnosticText.nonEmpty(email) else { return }
        if !emails.contains(where: { $0.lowercased() == email.lowercased() }) { emails.append(email) }
    }
}
