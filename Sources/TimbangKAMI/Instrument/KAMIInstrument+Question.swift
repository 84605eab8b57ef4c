extension KAMIInstrument {
  /// One question of an area or a supplement.
  public struct Question: Codable, Equatable, Sendable {
    /// Number as printed on the official form (`2.14`, `S1.3`).
    public var number: String
    /// Short Indonesian wording (see the instrument's provenance for how faithful it is).
    public var text: String
    /// The question's category ("tahap" 1, 2 or 3): selects the column of the answer-point table.
    public var category: Int
    /// Maturity tag (`II`…`V`); supplements have none.
    public var level: String?
    /// Whether "Tidak Berlaku" is an allowed answer (5.0 only, on the questions the instrument names).
    public var notApplicable: Bool?

    public init(number: String, text: String, category: Int, level: String?, notApplicable: Bool? = nil) {
      self.number = number
      self.text = text
      self.category = category
      self.level = level
      self.notApplicable = notApplicable
    }

    /// Whether "Tidak Berlaku" may be given.
    public var allowsNotApplicable: Bool { notApplicable ?? false }
  }
}
