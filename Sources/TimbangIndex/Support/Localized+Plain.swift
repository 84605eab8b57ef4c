import TimbangCore

extension Localized {
  /// A label or sentence that reads the same in both languages (codes, names, English-only notes).
  init(_ text: String) { self.init(id: text, en: text) }
}
