/// Approximate text widths for laying out chart labels without a font engine.
///
/// The widths are per character class, in ems, set a little wide (close to DejaVu Sans, the widest common fallback)
/// so labels fit whichever sans-serif font the reader has.
///
/// Edge Cases: a single word wider than the limit stays on its own line, cut with `…` only when longer than the
/// limit allows; wrapping never loses words except past `maxLines`, where the last line ends in `…`.
enum TextMetrics {
  /// The width of `text` in points at `size` points.
  static func width(_ text: String, size: Double) -> Double {
    var ems = 0.0
    for ch in text {
      ems += advance(ch)
    }
    return ems * size
  }

  static func advance(_ ch: Character) -> Double {
    switch ch {
    case "i", "l", "j", "I", ".", ",", ":", ";", "'", "|", "!", " ", "(", ")", "[", "]": return 0.32
    case "f", "t", "r", "-", "/": return 0.4
    case "m", "w": return 0.9
    case "M", "W": return 0.95
    case "0"..."9": return 0.64
    case "A"..."Z": return 0.72
    case "a"..."z": return 0.6
    default: return 0.68
    }
  }

  /// `text` broken into lines at most `maxWidth` wide (at `size`), at most `maxLines` lines.
  static func wrap(_ text: String, maxWidth: Double, size: Double, maxLines: Int = 3) -> [String] {
    let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard !words.isEmpty else { return [""] }
    var lines: [String] = []
    var current = ""
    for word in words {
      let candidate = current.isEmpty ? word : current + " " + word
      if current.isEmpty || width(candidate, size: size) <= maxWidth {
        current = candidate
      } else {
        lines.append(current)
        current = word
      }
    }
    lines.append(current)
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      lines[maxLines - 1] = truncate(lines[maxLines - 1] + " …", maxWidth: maxWidth, size: size)
    }
    return lines.map { width($0, size: size) > maxWidth ? truncate($0, maxWidth: maxWidth, size: size) : $0 }
  }

  /// `text` cut to fit `maxWidth`, ending in `…` when cut.
  static func truncate(_ text: String, maxWidth: Double, size: Double) -> String {
    guard width(text, size: size) > maxWidth else { return text }
    var s = text
    while !s.isEmpty && width(s + "…", size: size) > maxWidth { s.removeLast() }
    while s.last == " " { s.removeLast() }
    return s + "…"
  }
}
