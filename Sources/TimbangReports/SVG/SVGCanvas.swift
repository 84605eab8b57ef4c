import TimbangCore

/// Collects SVG elements in drawing order and writes the document. Coordinates are in points (1/72 in), so a
/// 482-wide chart is 170 mm, the text width of an A4 page with 20 mm margins.
///
/// Coordinates are written with at most two decimals and text is XML-escaped, so the same chart always gives the
/// same bytes.
struct SVGCanvas {
  private(set) var elements: [String] = []

  /// The default font stack: fonts a Linux, Windows or macOS reader has, metric-compatible with Arial where
  /// possible.
  static let fontFamily = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif"

  /// A number for an attribute: at most two decimals, no trailing zeros, never `-0`.
  static func n(_ x: Double) -> String { NumberFormat.plain.compact(x, maxPlaces: 2) }

  /// Appends another canvas's elements (charts stacked in one document).
  mutating func append(_ other: SVGCanvas) { elements += other.elements }

  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, opacity: Double? = nil
  ) {
    var s = "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(width, 0)))\" height=\"\(Self.n(max(height, 0)))\" fill=\"\(fill)\""
    if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"0.5\"" }
    if let opacity { s += " fill-opacity=\"\(Self.n(opacity))\"" }
    elements.append(s + "/>")
  }

  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 0.5, dash: String? = nil
  ) {
    var s = "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
    if let dash { s += " stroke-dasharray=\"\(dash)\"" }
    elements.append(s + "/>")
  }

  /// A closed path through `points`; `holes` are cut out with the even-odd rule (bands on a radar).
  mutating func polygon(
    _ points: [(Double, Double)], holes: [[(Double, Double)]] = [], fill: String, fillOpacity: Double? = nil,
    stroke: String? = nil, strokeWidth: Double = 1
  ) {
    func ring(_ p: [(Double, Double)]) -> String {
      guard let first = p.first else { return "" }
      return "M\(Self.n(first.0)) \(Self.n(first.1))"
        + p.dropFirst().map { "L\(Self.n($0.0)) \(Self.n($0.1))" }.joined() + "Z"
    }
    var s = "<path d=\"\(([points] + holes).map(ring).joined())\" fill=\"\(fill)\""
    if !holes.isEmpty { s += " fill-rule=\"evenodd\"" }
    if let fillOpacity { s += " fill-opacity=\"\(Self.n(fillOpacity))\"" }
    if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"\(Self.n(strokeWidth))\" stroke-linejoin=\"round\"" }
    elements.append(s + "/>")
  }

  mutating func circle(cx: Double, cy: Double, r: Double, fill: String) {
    elements.append("<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(fill)\"/>")
  }

  enum Anchor: String {
    case start, middle, end
  }

  /// Real, selectable text; several lines become `tspan`s, `lineHeight` apart, the first baseline at `y`.
  mutating func text(
    _ lines: [String], x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
    italic: Bool = false, fill: String = "#222222", lineHeight: Double? = nil
  ) {
    guard !lines.isEmpty else { return }
    var s = "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\""
    if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
    if bold { s += " font-weight=\"bold\"" }
    if italic { s += " font-style=\"italic\"" }
    if fill != "#222222" { s += " fill=\"\(fill)\"" }
    s += ">"
    if lines.count == 1 {
      s += XMLText.escape(lines[0])
    } else {
      let step = lineHeight ?? size * 1.2
      for (i, line) in lines.enumerated() {
        s += "<tspan x=\"\(Self.n(x))\" dy=\"\(i == 0 ? "0" : Self.n(step))\">\(XMLText.escape(line))</tspan>"
      }
    }
    elements.append(s + "</text>")
  }

  /// The `<svg>` element; `standalone` adds the XML declaration for a file of its own.
  func document(width: Double, height: Double, title: String, standalone: Bool) -> String {
    var out = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(Self.n(width))pt\" height=\"\(Self.n(height))pt\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" font-family=\"\(Self.fontFamily)\" role=\"img\">\n"
    out += "<title>\(XMLText.escape(title))</title>\n"
    out += "<rect x=\"0\" y=\"0\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" fill=\"#ffffff\"/>\n"
    for element in elements { out += element + "\n" }
    out += "</svg>\n"
    return out
  }
}
