import Foundation

/// A complete, checked answer set for one electronic system: the KSE answer codes and the area (and supplement)
/// answer codes, by question number. Built by ``KAMIAnswerParsing/parse(_:instrument:)`` or directly in code.
public struct KAMIAnswers: Equatable, Sendable {
  /// KSE answer code per question number (`1.1` → `A`).
  public var kse: [String: String]
  /// Answer code (`0`…`3`, `TB`) per area or supplement question number (`2.1` → `3`).
  public var items: [String: String]

  public init(kse: [String: String] = [:], items: [String: String] = [:]) {
    self.kse = kse
    self.items = items
  }

  /// `" s1.10 "` → `"S1.10"`; `"2,10"` (decimal comma from a spreadsheet) → `"2.10"`.
  public static func normalizeNumber(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().replacingOccurrences(of: ",", with: ".")
  }
}
