import TimbangCore

/// Compact descriptions of question-number lists for messages: `["5.31", "5.32", …, "5.41", "6.26"]` →
/// `"5.31–5.41, 6.26"`; beyond `limit` ranges, `", … (3 lagi)"` / `", … (3 more)"`.
enum QuestionRanges {
  static func describe(_ numbers: [String], limit: Int = 12) -> Localized {
    var groups: [(prefix: String, first: Int, last: Int)] = []
    var loose: [String] = []
    for number in numbers {
      guard let dot = number.lastIndex(of: "."), let n = Int(number[number.index(after: dot)...]) else {
        loose.append(number)
        continue
      }
      let prefix = String(number[...dot])
      if let last = groups.last, last.prefix == prefix, last.last + 1 == n {
        groups[groups.count - 1].last = n
      } else {
        groups.append((prefix, n, n))
      }
    }
    var parts = groups.map {
      $0.first == $0.last ? "\($0.prefix)\($0.first)" : "\($0.prefix)\($0.first)–\($0.prefix)\($0.last)"
    }
    parts += loose
    if parts.count > limit {
      let shown = parts.prefix(limit).joined(separator: ", ")
      return Localized(id: shown + ", … (\(parts.count - limit) lagi)", en: shown + ", … (\(parts.count - limit) more)")
    }
    return Localized(parts.joined(separator: ", "))
  }
}
