import TimbangCore

extension KAMIInstrument {
  /// The electronic-system category (Kategori Sistem Elektronik): ten A/B/C questions scoring 5/2/1, total 10–50,
  /// banded Rendah 10–15, Tinggi 16–34, Strategis 35–50.
  public struct KSESection: Codable, Equatable, Sendable {
    public var name: String
    public var nameEn: String?
    /// Answer codes and their points (`A` 5, `B` 2, `C` 1).
    public var answers: [KSEAnswer]
    public var questions: [KSEQuestion]
    /// Category bands on the total; band codes key ``Readiness/byCategory``.
    public var bands: BandTable

    /// The lowest and highest totals the section can produce.
    public var range: ClosedRange<Double> {
      let low = answers.map(\.points).min() ?? 0
      let high = answers.map(\.points).max() ?? 0
      return Double(low * questions.count)...Double(high * questions.count)
    }
  }

  public struct KSEAnswer: Codable, Equatable, Sendable {
    public var code: String
    public var points: Int
  }

  public struct KSEQuestion: Codable, Equatable, Sendable {
    /// `1.1`…`1.10`.
    public var number: String
    public var text: String
    /// What each answer code means for this question (abbreviated).
    public var choices: [String: String]?
  }
}
