import TimbangCore

/// Turns an answer cell into a score: digits on the instrument's scale, letters a–d, the element's questionnaire
/// labels and the generic scale (Tidak / Kurang / Baik / Sangat Baik, Tidak Puas … Sangat Puas), matched case-,
/// accent- and whitespace-insensitively.
public struct AnswerDecoder: Sendable {
  public enum Decoded: Equatable, Sendable {
    case blank
    case score(Int)
    case invalid
  }

  private let scaleMin: Int
  private let scaleMax: Int
  /// Per element: normalised label → score.
  private let labels: [[String: Int]]

  public init(instrument: SKMInstrument) {
    scaleMin = instrument.scale.min
    scaleMax = instrument.scale.max
    var generic: [String: Int] = [:]
    for (s, spellings) in zip(instrument.scale.min..., instrument.genericAnswers) {
      for label in spellings { generic[HeaderName.normalize(label)] = s }
    }
    labels = instrument.elements.map { element in
      var map = generic
      for (s, label) in zip(instrument.scale.min..., element.answers) { map[HeaderName.normalize(label)] = s }
      return map
    }
  }

  /// Decodes the cell `bytes` for element `element`.
  @inline(__always)
  public func decode(_ bytes: ArraySlice<UInt8>, element: Int) -> Decoded {
    bytes.withUnsafeBufferPointer { decode($0, element: element) }
  }

  /// Decodes the cell `bytes` for element `element` (the scanners' form: a byte range of a read buffer).
  ///
  /// Edge Cases: empty or white-space cells are blank; one digit is a score when on the scale and invalid otherwise;
  /// anything else goes through the labels and the whole-number check, which is deterministic in the bytes, so
  /// callers may cache the answer per distinct spelling.
  @inline(__always)
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>, element: Int) -> Decoded {
    // Fast path: one digit.
    if bytes.count == 1 {
      let b = bytes[0]
      let d = Int(b) - 48
      if d >= 0 && d <= 9 { return d >= scaleMin && d <= scaleMax ? .score(d) : .invalid }
      if b == UInt8(ascii: " ") { return .blank }
    }
    if bytes.isEmpty { return .blank }
    return decodeText(bytes, element: element)
  }

  /// Labels and decimals: the slow path, out of line.
  @inline(never)
  private func decodeText(_ bytes: UnsafeBufferPointer<UInt8>, element: Int) -> Decoded {
    let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
    if text.isEmpty { return .blank }
    if let s = labels[element][HeaderName.normalize(text)] { return .score(s) }
    // Whole numbers written as decimals ("4.0", "4,0").
    if let x = NumberParsing.parse(text, decimalComma: text.contains(",")), x == x.rounded(), x >= Double(scaleMin),
      x <= Double(scaleMax)
    {
      return .score(Int(x))
    }
    return .invalid
  }
}
