import Foundation

/// Header and label matching: case-, accent- and whitespace-insensitive (`shared/spec/README.md`, "CSV").
public enum HeaderName {
  /// `"  Kenyamanan  Tempat Layanan "` → `"kenyamanantempatlayanan"`; `"Pelayanan Prosédur"` → `"pelayananprosedur"`.
  public static func normalize(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return String(folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
      .lowercased()
  }
}

extension String {
  /// The string without leading and trailing white space.
  public var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
