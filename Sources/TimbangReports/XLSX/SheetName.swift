import Foundation

/// Worksheet names as Excel accepts them: at most 31 characters, none of `[ ] : * ? / \`, not starting or ending
/// with an apostrophe, not `History`, unique ignoring case.
///
/// Edge Cases: forbidden characters become `_`; an empty name becomes `Sheet`; a repeated name gets ` (2)`, ` (3)`,
/// … with the base shortened so the whole stays within 31 characters.
///
/// Example: `["skm-summary", "skm-summary", "a/b"]` → `["skm-summary", "skm-summary (2)", "a_b"]`.
enum SheetName {
  static let maxLength = 31

  static func unique(_ proposed: [String]) -> [String] {
    var used = Set<String>()
    var out: [String] = []
    for name in proposed {
      let base = clean(name)
      var candidate = base
      var n = 2
      while used.contains(candidate.lowercased()) {
        let suffix = " (\(n))"
        candidate = cut(base, to: maxLength - suffix.utf16.count) + suffix
        n += 1
      }
      used.insert(candidate.lowercased())
      out.append(candidate)
    }
    return out
  }

  static func clean(_ name: String) -> String {
    var s = String(name.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 })
    s = s.trimmingCharacters(in: .whitespaces)
    while s.hasPrefix("'") { s.removeFirst() }
    while s.hasSuffix("'") { s.removeLast() }
    s = cut(s, to: maxLength)
    while s.hasSuffix("'") || s.hasSuffix(" ") { s.removeLast() }
    if s.isEmpty { return "Sheet" }
    if s.lowercased() == "history" { return "History_" }
    return s
  }

  /// `s` cut to at most `length` UTF-16 units (Excel counts those), on a character boundary.
  static func cut(_ s: String, to length: Int) -> String {
    var out = ""
    var count = 0
    for ch in s {
      let n = String(ch).utf16.count
      if count + n > length { break }
      out.append(ch)
      count += n
    }
    return out
  }
}
