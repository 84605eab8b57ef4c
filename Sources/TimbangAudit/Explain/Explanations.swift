import TimbangCore

/// Explanations the audit can prove by recomputing under an alternative.
public enum Explanations {
  /// "printed 79.23, recomputed 79.22: last-digit rounding" when the two differ by one unit of the last printed
  /// digit; otherwise a plain statement of both values.
  public static func lastDigit(printed: PrintedFigure, recomputed: Double) -> String {
    let shown = recomputed.rounded(places: printed.places)
    let unit = 1 / pow10(printed.places)
    let text = NumberFormat.plain.string(recomputed, places: printed.places)
    let scale = pow10(printed.places)
    let truncated = (recomputed * scale).rounded(.towardZero) / scale
    if abs(truncated - printed.value) < unit / 1000 {
      return "printed \(printed.literal), recomputed \(text): the figure was truncated, not rounded"
    }
    if abs(abs(printed.value - shown) - unit) < unit / 1000 {
      return "printed \(printed.literal), recomputed \(text): last-digit rounding"
    }
    return "printed \(printed.literal), recomputed \(text)"
  }

  static func pow10(_ n: Int) -> Double {
    var x = 1.0
    for _ in 0..<max(n, 0) { x *= 10 }
    return x
  }

  /// Short plain text of a number for explanations (`3.29`, `0.1`).
  static func text(_ x: Double, places: Int) -> String { NumberFormat.plain.string(x, places: places) }
}
