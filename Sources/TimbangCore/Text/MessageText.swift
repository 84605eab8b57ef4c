/// Makes text quoted from a user's file safe to print in a one-line message on a terminal.
///
/// Messages quote what they reject (`answer "5" is outside 1–4`), and a rejected cell can hold anything: a newline
/// inside a quoted field, terminal escape sequences, a whole binary file read as one 60 MiB field. Printed raw, such
/// a value would break the one-line `file:line:column: message` shape, recolour or rewrite the user's terminal, or
/// flood standard error.
///
/// ```
/// control character (C0, DEL, C1) → \n \r \t or \u{1B}; bidirectional overrides (U+202A–202E, U+2066–2069) likewise
/// run of more than 120 non-space characters → first 80 + "…" + last 20 + " [N characters]"
/// whole text over 2,000 characters → first 1,600 + " … " + last 300
/// ```
///
/// Edge Cases: ordinary text, including Indonesian and other non-ASCII letters and U+FFFD (what invalid UTF-8 decodes
/// to), is unchanged; so are header lists of short names separated by spaces.
///
/// Postconditions: the result has no control characters and at most about 2,000 characters.
///
/// Example: `MessageText.clean("a\u{1B}[31m\nb")` is `a\u{1B}[31m\nb` with a visible backslash sequence for the
/// escape and the newline.
public enum MessageText {
  /// Longest run of non-space characters kept whole.
  public static let maximumRun = 120
  /// Longest message kept whole.
  public static let maximumLength = 2000

  public static func clean(_ text: String) -> String {
    var escaped = ""
    var changed = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A:
        escaped += "\\n"
        changed = true
      case 0x0D:
        escaped += "\\r"
        changed = true
      case 0x09:
        escaped += "\\t"
        changed = true
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        changed = true
      default:
        escaped.unicodeScalars.append(scalar)
      }
    }
    var result = changed ? escaped : text
    if result.count > maximumRun { result = elideRuns(result) }
    if result.count > maximumLength {
      result = String(result.prefix(1600)) + " … " + String(result.suffix(300))
    }
    return result
  }

  /// Shortens every run of non-space characters longer than ``maximumRun``.
  private static func elideRuns(_ text: String) -> String {
    var out = ""
    var run = ""
    func flush() {
      let count = run.count
      if count > maximumRun {
        out += String(run.prefix(80)) + "…" + String(run.suffix(20)) + " [\(count) characters]"
      } else {
        out += run
      }
      run = ""
    }
    for character in text {
      if character == " " {
        flush()
        out.append(character)
      } else {
        run.append(character)
      }
    }
    flush()
    return out
  }
}
