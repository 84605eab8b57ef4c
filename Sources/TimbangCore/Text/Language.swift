/// The language of labels and messages (`--lang id|en`). Indonesian is the default; JSON keys are always English.
public enum Language: String, Sendable, CaseIterable {
  case id
  case en
}

/// A label in both languages, so that strings live in one catalogue rather than scattered through the code.
public struct Localized: Equatable, Sendable, ExpressibleByStringLiteral {
  public var id: String
  public var en: String

  public init(id: String, en: String) {
    self.id = id
    self.en = en
  }

  /// A label that reads the same in both languages (codes, proper names).
  public init(_ text: String) {
    self.id = text
    self.en = text
  }

  /// A label that reads the same in both languages (codes, proper names).
  public init(stringLiteral value: String) {
    self.id = value
    self.en = value
  }

  /// Both wordings from one function of the language, for text whose numbers are formatted per language:
  /// `Localized(each: { NumberFormat.forLanguage($0).string(x, places: 2) })`.
  public init(each text: (Language) -> String) {
    self.id = text(.id)
    self.en = text(.en)
  }

  public func text(_ language: Language) -> String { language == .id ? id : en }
}
