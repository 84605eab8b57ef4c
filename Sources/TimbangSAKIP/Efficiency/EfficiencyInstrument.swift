import TimbangCore

/// The efficiency bands of Kepmendagri 690.900-327/1996 as data (`efisiensi-kepmendagri-690.900-327-1996.json`).
///
/// Bands on `rasio = penyerapan % / capaian % × 100` rounded to `publishedPlaces`: > 100 Tidak Efisien;
/// 90–100 Kurang Efisien; 80–< 90 Cukup Efisien; 60–< 80 Efisien; < 60 Sangat Efisien.
///
/// Postconditions (after ``load(_:)``): the bands tile the real line.
public struct EfficiencyInstrument: Sendable {
  public var header: InstrumentHeader
  public var publishedPlaces: Int
  public var ratioBands: BandTable
}

extension EfficiencyInstrument: Decodable {
  enum CodingKeys: String, CodingKey { case publishedPlaces, ratioBands }

  public init(from decoder: Decoder) throws {
    header = try InstrumentHeader(from: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    publishedPlaces = try c.decodeIfPresent(Int.self, forKey: .publishedPlaces) ?? 2
    ratioBands = try c.decode(BandTable.self, forKey: .ratioBands)
  }

  public static func load(_ file: InstrumentLibrary.File) throws -> EfficiencyInstrument {
    try decode(file.bytes, file: file.path)
  }

  public static func decode(_ bytes: [UInt8], file: String) throws -> EfficiencyInstrument {
    let instrument = try InstrumentDecoding.decode(EfficiencyInstrument.self, from: bytes, file: file)
    let v = InstrumentValidator(file: file)
    guard instrument.header.kind == "efisiensi" else {
      throw v.fail("$.kind", SAKIPMessages.wrongKind(instrument.header.kind, "efisiensi"))
    }
    guard (0...6).contains(instrument.publishedPlaces) else {
      throw v.fail("$.publishedPlaces", SAKIPMessages.zeroToSix)
    }
    try instrument.ratioBands.validate(domain: -1e12...1e12, file: file, path: "$.ratioBands")
    if instrument.ratioBands.bands.first(where: { $0.lower == nil }) == nil
      || instrument.ratioBands.bands.first(where: { $0.upper == nil }) == nil
    {
      throw v.fail("$.ratioBands", SAKIPMessages.openEnds)
    }
    return instrument
  }
}
