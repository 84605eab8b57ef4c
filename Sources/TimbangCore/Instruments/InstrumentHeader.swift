/// The fields every instrument file starts with (`shared/spec/README.md`, "Instruments are data").
public struct InstrumentHeader: Codable, Equatable, Sendable {
  /// The file format's version; loaders reject versions they do not know.
  public var schemaVersion: Int
  /// Stable id, e.g. `skm-permenpanrb-14-2017`.
  public var id: String
  /// Instrument family: `skm`, `spbe`, `pemdi`, `kami`, `sakip`, `capaian-scales`, `efisiensi`.
  public var kind: String
  public var title: String
  /// The regulation it encodes.
  public var source: String
  public var version: String
  /// How well each part is sourced.
  public var provenance: String
}
