import TimbangCore

/// A level of an ordered qualitative scale, as written in a target or realisasi cell (`Level II+`, `B (61)`).
public struct LevelValue: Sendable, Equatable {
  /// The scale's name (`kami-level`).
  public var scale: String
  /// 0 = the lowest level.
  public var rank: Int
  /// The level's canonical code (`II+`, `B`).
  public var code: String
  /// The number in parentheses (`B (61)` → 61), used as the numeric value when present.
  public var number: Double?
}

/// A target as written in an LKjIP table: a number, a range (`80-90`) or a level of an ordered scale.
public enum TargetValue: Sendable, Equatable {
  case number(Double)
  case range(lower: Double, upper: Double)
  case level(LevelValue)

  /// The numeric target, when there is exactly one (a number, or a level's number in parentheses).
  public var number: Double? {
    switch self {
    case .number(let x): return x
    case .level(let level): return level.number
    case .range: return nil
    }
  }
}

/// Reading numbers, ranges and levels from cells.
public enum CellParsing {
  /// A plain number (decimal comma in `;` files; a trailing `%` is ignored).
  public static func number(_ text: String, decimalComma: Bool) -> Double? {
    NumberParsing.parse(text, decimalComma: decimalComma)
  }

  /// A money amount: like ``number(_:decimalComma:)`` but an `Rp` prefix is dropped and, in decimal-point files,
  /// dots in groups of three are read as thousands separators (`1.250.000.000`), as Indonesian tables print them.
  public static func money(_ text: String, decimalComma: Bool) -> Double? {
    var s = text.trimmingWhitespace
    for prefix in ["Rp.", "Rp", "rp.", "rp", "IDR"] where s.hasPrefix(prefix) {
      s = String(s.dropFirst(prefix.count)).trimmingWhitespace
      break
    }
    if let x = NumberParsing.parse(s, decimalComma: decimalComma) { return x }
    if !decimalComma, s.filter({ $0 == "." }).count >= 2 || s.contains(",") {
      return NumberParsing.parse(s, decimalComma: true)
    }
    return nil
  }

  /// A range `80-90`, `80 – 90`, `80 s/d 90` or `80 s.d. 90` with `lower ≤ upper`; `nil` when `text` is not one.
  public static func range(_ text: String, decimalComma: Bool) -> (lower: Double, upper: Double)? {
    for separator in [" s/d ", " s.d. ", " sd ", "–", "—", "-"] {
      var searchFrom = text.startIndex
      // A leading minus belongs to the first number.
      if separator == "-", text.hasPrefix("-") { searchFrom = text.index(after: text.startIndex) }
      guard let r = text.range(of: separator, range: searchFrom..<text.endIndex) else { continue }
      let left = String(text[..<r.lowerBound])
      let right = String(text[r.upperBound...])
      if let lower = number(left, decimalComma: decimalComma), let upper = number(right, decimalComma: decimalComma) {
        return (lower, upper)
      }
    }
    return nil
  }

  /// A level of `scale`: its code or alias with an optional prefix (`Level II+`) and an optional part in
  /// parentheses, either a number (`B (61)`) or the level's name (`B (Baik)`). `nil` when it is not a level.
  public static func level(_ text: String, scale: CapaianScales.OrdinalScale, decimalComma: Bool) -> LevelValue? {
    var label = text.trimmingWhitespace
    var numberPart: Double?
    if label.hasSuffix(")"), let open = label.lastIndex(of: "(") {
      let inner = String(label[label.index(after: open)..<label.index(before: label.endIndex)]).trimmingWhitespace
      let outer = String(label[..<open]).trimmingWhitespace
      if let x = number(inner, decimalComma: decimalComma) {
        numberPart = x
        label = outer
      } else if let innerRank = scale.rank(of: inner) {
        if outer.isEmpty {
          label = inner
        } else {
          guard scale.rank(of: outer) == innerRank else { return nil }
          label = outer
        }
      } else {
        return nil
      }
    }
    guard !label.isEmpty, let rank = scale.rank(of: label) else { return nil }
    return LevelValue(scale: scale.name, rank: rank, code: scale.levels[rank].code, number: numberPart)
  }
}
