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

  /// A number as people write it in that language, with as few decimals as it needs (at most 6):
  /// `4.5` → `4,5` (id) / `4.5` (en); `25` → `25`.
  public func number(_ x: Double) -> String {
    let format = NumberFormat.forLanguage(language)
    for places in 0...6 where x.rounded(places: places) == x {
      return format.string(x, places: places)
    }
    return format.string(x, places: 6)
  }

  /// `"a, b, c"`.
  public func list(_ items: [String]) -> String { items.joined(separator: ", ") }
}
