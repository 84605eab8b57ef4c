import TimbangCore

extension KAMIInstrument {
  /// An optional supplement (Pihak Ketiga, Layanan Infrastruktur Awan, Pelindungan Data Pribadi in 4.x): reported as a
  /// percentage of its own maximum, never counted in the total nor in maturity.
  public struct Supplement: Codable, Equatable, Sendable {
    /// `S1`, `S2`, `S3`; question numbers are `S1.1`, ….
    public var code: String
    public var name: String
    public var nameEn: String?
    /// Maximum score; must equal the sum of the questions' full marks (Pihak Ketiga 81).
    public var max: Int
    public var questions: [Question]

    public var localizedName: Localized { Localized(id: name, en: nameEn ?? name) }
  }
}
