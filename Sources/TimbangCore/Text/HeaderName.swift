import Foundation

/// Header and label matching: case-, accent- and whitespace-insensitive (`shared/spec/README.md`, "CSV").
public enum HeaderName {
  /// `"  Kenyamanan  Tempat Layanan "` → `"kenyamanantempatlayanan"`; `"Pelayanan Prosédur"` → `"pelayananprosedur"`.
  ///
  /// ASCII text (every header of the bundled instruments and datasets) is folded byte by byte: letters lowered, the
  /// white space U+0009…U+000D and U+0020 dropped — exactly what the general folding does to ASCII, at a fraction of
  /// its cost (instruments are validated and headers bound on every run).
  public static func normalize(_ text: String) -> String {
    var text = text
    if let ascii = text.withUTF8({ asciiFolded($0) }) { return ascii }
    return folded(text)
  }

  /// The general folding (any Unicode): case and diacritics folded, white space removed, lowered.
  static func folded(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    let kept = folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }
    return String(kept.map(Character.init)).lowercased()
  }

  /// ``folded(_:)`` of ASCII `bytes`, or `nil` when they are not all ASCII.
  private static func asciiFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      var n = 0
      for b in bytes where b != 0x20 && !(0x09...0x0D).contains(b) {
        out[n] = (0x41...0x5A).contains(b) ? b + 0x20 : b
        n += 1
      }
      return n
    }
  }
}

extension String {
  /// The string without leading and trailing white space.
  public var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
