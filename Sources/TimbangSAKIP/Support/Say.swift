import TimbangCore

/// Picks the Indonesian or English wording of a message, so that errors and warnings follow `--lang`
/// (`shared/spec/README.md`, "Error locations … Messages follow `--lang`").
///
/// Example: `Say(.en)("komponen", "component") == "component"`.
public struct Say: Sendable, Equatable {
  public var language: Language

  public init(_ language: Language) { self.language = language }

  /// The text in the chosen language.
  public func callAsFunction(_ id: String, _ en: String) -> String { language == .id ? id : en }

  /// A message in both languages, each worded (numbers included) by a `Say` of its own language — for errors,
  /// which ``TimbangError`` renders in the `--lang` language:
  /// `Say.localized { say in say("nilai \(say.number(x))", "score \(say.number(x))") }`.
  public static func localized(_ text: (Say) -> String) -> Localized {
    Localized(each: { text(Say($0)) })
  }

  /// A number as people write it in that language, with as few decimals as it needs (at most 6):
  /// `4.5` → `4,5` (id) / `4.5` (en); `25` → `25`.
  public func number(_ x: Double) -> String { NumberFormat.forLanguage(language).compact(x, maxPlaces: 6) }

  /// A figure with a fixed number of decimals, as printed in tables: `71.3` → `71,30` (id).
  public func fixed(_ x: Double, places: Int = 2) -> String {
    NumberFormat.forLanguage(language).string(x, places: places)
  }

  /// `"a, b, c"`.
  public func list(_ items: [String]) -> String { items.joined(separator: ", ") }
}
