import TimbangCore

extension KAMIInstrument {
  /// Readiness status (Hasil Evaluasi Akhir): bands on the total of the scored areas, one table per KSE category.
  public struct Readiness: Codable, Equatable, Sendable {
    /// Band code given whatever the total when an area scores below its minimum (`TL`, Tidak Layak).
    public var belowAreaMinimum: String
    public var byCategory: [CategoryBands]

    /// The bands for the KSE category with band code `category`.
    public func bands(category: String) -> BandTable? { byCategory.first { $0.category == category }?.bands }
  }

  public struct CategoryBands: Codable, Equatable, Sendable {
    /// A KSE band code (`Rendah`, `Tinggi`, `Strategis`).
    public var category: String
    public var bands: BandTable
  }
}
