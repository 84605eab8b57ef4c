import TimbangCore

/// A free arithmetic expression from an LKjIP table (`(3.14 / 3.04 - 1) * 100`): numbers, + − × ÷ (also `*` `/`
/// `x` `:`), unary minus and parentheses.
public indirect enum Expression: Equatable, Sendable {
  case number(Double)
  case negate(Expression)
  case binary(Character, Expression, Expression)

  public func evaluate() -> Double {
    switch self {
    case .number(let x): return x
    case .negate(let e): return -e.evaluate()
    case .binary(let op, let a, let b):
      let x = a.evaluate()
      let y = b.evaluate()
      switch op {
      case "+": return x + y
      case "-": return x - y
      case "*": return x * y
      default: return x / y
      }
    }
  }

  /// The numbers in the expression, left to right.
  public var numbers: [Double] {
    switch self {
    case .number(let x): return [x]
    case .negate(let e): return e.numbers
    case .binary(_, let a, let b): return a.numbers + b.numbers
    }
  }

  /// Parses `text`; errors name the claims file and the claim's JSON path.
  public static func parse(_ text: String, location: SourceLocation) throws -> Expression {
    var parser = Parser(chars: Array(text), location: location)
    let e = try parser.sum()
    parser.skip()
    guard parser.i == parser.chars.count else {
      let c = parser.chars[parser.i]
      throw parser.fail(Localized(id: "\"\(c)\" tidak terduga", en: "unexpected \"\(c)\""))
    }
    return e
  }

  struct Parser {
    let chars: [Character]
    let location: SourceLocation
    var i = 0

    func fail(_ message: Localized) -> TimbangError {
      .badInput(location, Localized(id: "rumus: \(message.id)", en: "expression: \(message.en)"))
    }

    mutating func skip() { while i < chars.count, chars[i] == " " { i += 1 } }

    mutating func sum() throws -> Expression {
      var e = try product()
      while true {
        skip()
        guard i < chars.count, "+-−".contains(chars[i]) else { return e }
        let op: Character = chars[i] == "+" ? "+" : "-"
        i += 1
        e = .binary(op, e, try product())
      }
    }

    mutating func product() throws -> Expression {
      var e = try unary()
      while true {
        skip()
        guard i < chars.count, "*/×÷x:".contains(chars[i]) else { return e }
        let op: Character = "*×x".contains(chars[i]) ? "*" : "/"
        i += 1
        e = .binary(op, e, try unary())
      }
    }

    mutating func unary() throws -> Expression {
      skip()
      guard i < chars.count else { throw fail(Localized(id: "rumus berakhir sebelum waktunya", en: "unexpected end")) }
      if chars[i] == "-" || chars[i] == "−" {
        i += 1
        return .negate(try unary())
      }
      if chars[i] == "(" {
        i += 1
        let e = try sum()
        skip()
        guard i < chars.count, chars[i] == ")" else {
          throw fail(Localized(id: "\")\" tidak ada", en: "missing \")\""))
        }
        i += 1
        return e
      }
      let start = i
      while i < chars.count, chars[i].isNumber || chars[i] == "." || chars[i] == "," { i += 1 }
      let literal = String(chars[start..<i])
      guard !literal.isEmpty, let x = PrintedFigure(text: literal)?.value else {
        let here = String(chars[start...].prefix(8))
        throw fail(Localized(id: "seharusnya angka di \"\(here)\"", en: "expected a number at \"\(here)\""))
      }
      return .number(x)
    }
  }
}

/// Checks an `expression` claim and explains a mismatch by the usual slips of hand-made tables.
public enum ExpressionCheck {
  public static func check(_ expression: Expression, text: String, printed: PrintedFigure) -> FigureCheck {
    let value = expression.evaluate()
    return FigureCheck.number("value", printed: printed, recomputed: value) {
      let shown = Explanations.text(value, places: max(printed.places, 2))
      for (formula, alternative) in alternatives(expression) where printed.matches(alternative) {
        return "\(text) = \(shown), printed \(printed.literal) (looks like \(formula))"
      }
      return nil
    }
  }

  /// Values a hand calculation commonly produces instead of the intended formula.
  static func alternatives(_ e: Expression) -> [(String, Double)] {
    let n = e.numbers.filter { $0 != 100 && $0 != 1 }
    guard n.count >= 2 else { return [] }
    let a = n[0]
    let b = n[1]
    func t(_ x: Double) -> String { NumberFormat.plain.compact(x, maxPlaces: 6) }
    var list: [(String, Double)] = [
      ("the absolute difference \(t(a)) − \(t(b))", a - b),
      ("the absolute difference \(t(b)) − \(t(a))", b - a),
      ("the ratio \(t(a)) / \(t(b)) without × 100", a / b),
      ("\(t(a)) / \(t(b)) × 100", a / b * 100),
      ("the ratio \(t(a)) / \(t(b)) − 1 without × 100", a / b - 1),
      ("\(t(b)) / \(t(a)) × 100", b / a * 100),
    ]
    // Dividing by 100 twice or not at all.
    let value = e.evaluate()
    list.append(("the result divided by 100", value / 100))
    list.append(("the result multiplied by 100", value * 100))
    return list.filter { $0.1.isFinite && abs($0.1 - value) > 1e-12 }
  }
}
