import TimbangCore

/// Colours of the charts: series in dark, print-safe hues distinguishable in greyscale; bands as light tints on a
/// red → amber → green ramp (higher is better), so bars stay readable over them.
enum ChartPalette {
  static let series = ["#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#7f7f7f"]
  /// Before/after pairs: the earlier value light, the later dark.
  static let pair = ["#9dc3e6", "#1f4e79"]

  static func seriesColour(_ index: Int, of count: Int, kind: Chart.Kind) -> String {
    if kind == .groupedBars && count == 2 { return pair[index] }
    return series[index % series.count]
  }

  private static let stops: [(Double, Double, Double)] = [(244, 204, 204), (255, 242, 204), (217, 234, 211)]

  /// The tint of band `index` of `count` (lowest first), unless the band names its own colour.
  static func bandColour(_ band: Chart.Band, index: Int, count: Int) -> String {
    if let colour = band.colour, isHexColour(colour) { return colour }
    guard count > 1 else { return "#e8eef7" }
    let t = Double(index) / Double(count - 1) * Double(stops.count - 1)
    let i = min(Int(t), stops.count - 2)
    let f = t - Double(i)
    let a = stops[i]
    let b = stops[i + 1]
    func mix(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * f).rounded()) }
    return hex(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
  }

  static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
    let digits = Array("0123456789abcdef")
    var s = "#"
    for v in [r, g, b] {
      let c = max(0, min(255, v))
      s.append(digits[c / 16])
      s.append(digits[c % 16])
    }
    return s
  }

  /// `#rrggbb` only, so a colour from data can never break out of its attribute.
  static func isHexColour(_ s: String) -> Bool {
    s.count == 7 && s.first == "#" && s.dropFirst().allSatisfy { $0.isHexDigit }
  }
}
