import TimbangCore

/// Category scales for achievement percentages and ordered qualitative scales, as data (`capaian-scales.json`).
///
/// Category scales (`lkjip-5`, `rkpd-5`, `berhasil-4`) are bands on the capaian rounded to `publishedPlaces`;
/// ordinal scales (`kami-level`, `sakip-predikat`, `ikm-mutu`, `spbe-predikat`) list levels lowest first, for
/// qualitative targets such as `Level II+` or `B (61)`.
///
/// Postconditions (after ``load(_:)``): scale names unique; every category scale tiles the real line (capaian can
/// be negative under the lower-is-better formula, and has no upper limit); ordinal level spellings unique within a
/// scale; `defaultScale` names a category scale.
public struct CapaianScales: Sendable {
  public var header: InstrumentHeader
  public var publishedPlaces: Int
  public var defaultScale: String
  public var categoryScales: [CategoryScale]
  public var ordinalScales: [OrdinalScale]

  /// Named bands on the achievement percentage.
  public struct CategoryScale: Codable, Equatable, Sendable {
    public var name: String
    public var title: String
    public var bands: BandTable
  }

  /// An ordered qualitative scale (lowest level first).
  public struct OrdinalScale: Codable, Equatable, Sendable {
    public var name: String
    public var title: String
    /// Words that may precede a level (`Level II+`, `Predikat BB`).
    public var prefixes: [String]
    public var levels: [Level]

    public struct Level: Codable, Equatable, Sendable {
      public var code: String
      public var aliases: [String]

      enum CodingKeys: String, CodingKey { case code, aliases }
      public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
      }
    }

    enum CodingKeys: String, CodingKey { case name, title, prefixes, levels }
    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      name = try c.decode(String.self, forKey: .name)
      title = try c.decode(String.self, forKey: .title)
      prefixes = try c.decodeIfPresent([String].self, forKey: .prefixes) ?? []
      levels = try c.decode([Level].self, forKey: .levels)
    }

    /// The rank (0 = lowest) of the level written as `text`: its code or an alias, with or without a prefix,
    /// matched case-, accent- and space-insensitively. `nil` when no level matches.
    public func rank(of text: String) -> Int? {
      let key = HeaderName.normalize(text)
      func find(_ k: String) -> Int? {
        levels.firstIndex { level in
          HeaderName.normalize(level.code) == k || level.aliases.contains { HeaderName.normalize($0) == k }
        }
      }
      if let r = find(key) { return r }
      for prefix in prefixes {
        let p = HeaderName.normalize(prefix)
        if key.hasPrefix(p), let r = find(String(key.dropFirst(p.count))) { return r }
      }
      return nil
    }
  }

  public func categoryScale(named name: String) -> CategoryScale? { categoryScales.first { $0.name == name } }
  public func ordinalScale(named name: String) -> OrdinalScale? {
    ordinalScales.first { HeaderName.normalize($0.name) == HeaderName.normalize(name) }
  }
}

extension CapaianScales: Decodable {
  enum CodingKeys: String, CodingKey { case publishedPlaces, defaultScale, categoryScales, ordinalScales }

  public init(from decoder: Decoder) throws {
    header = try InstrumentHeader(from: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    publishedPlaces = try c.decodeIfPresent(Int.self, forKey: .publishedPlaces) ?? 2
    categoryScales = try c.decode([CategoryScale].self, forKey: .categoryScales)
    defaultScale = try c.decodeIfPresent(String.self, forKey: .defaultScale) ?? categoryScales.first?.name ?? ""
    ordinalScales = try c.decodeIfPresent([OrdinalScale].self, forKey: .ordinalScales) ?? []
  }

  /// Decodes and validates a file of kind `capaian-scales`.
  public static func load(_ file: InstrumentLibrary.File) throws -> CapaianScales {
    try decode(file.bytes, file: file.path)
  }

  public static func decode(_ bytes: [UInt8], file: String) throws -> CapaianScales {
    let scales = try InstrumentDecoding.decode(CapaianScales.self, from: bytes, file: file)
    let v = InstrumentValidator(file: file)
    guard scales.header.kind == "capaian-scales" else {
      throw v.fail("$.kind", SAKIPMessages.wrongKind(scales.header.kind, "capaian-scales"))
    }
    try scales.validate(file: file)
    return scales
  }

  /// Checks names, band coverage and level spellings; names the JSON path of the first problem.
  public func validate(file: String) throws {
    let v = InstrumentValidator(file: file)
    guard (0...6).contains(publishedPlaces) else { throw v.fail("$.publishedPlaces", SAKIPMessages.zeroToSix) }
    guard !categoryScales.isEmpty else {
      throw v.fail("$.categoryScales", Localized(id: "tidak ada skala kategori", en: "no category scale"))
    }
    try v.unique(categoryScales.map(\.name), path: "$.categoryScales", what: SAKIPMessages.scaleName)
    for (i, scale) in categoryScales.enumerated() {
      try scale.bands.validate(domain: -1e12...1e12, file: file, path: "$.categoryScales[\(i)].bands")
      if scale.bands.bands.first(where: { $0.lower == nil }) == nil
        || scale.bands.bands.first(where: { $0.upper == nil }) == nil
      {
        throw v.fail("$.categoryScales[\(i)].bands", SAKIPMessages.openEnds)
      }
    }
    guard categoryScale(named: defaultScale) != nil else {
      throw v.fail(
        "$.defaultScale",
        Localized(
          id: "\"\(defaultScale)\" bukan skala kategori dalam berkas ini",
          en: "\"\(defaultScale)\" is not a category scale of this file"))
    }
    try v.unique(
      ordinalScales.map { HeaderName.normalize($0.name) }, path: "$.ordinalScales", what: SAKIPMessages.scaleName)
    for (i, scale) in ordinalScales.enumerated() {
      guard scale.levels.count >= 2 else {
        throw v.fail(
          "$.ordinalScales[\(i)].levels",
          Localized(id: "memerlukan sedikitnya dua tingkat", en: "needs at least two levels"))
      }
      var spellings = Set<String>()
      for (j, level) in scale.levels.enumerated() {
        for s in [level.code] + level.aliases where !spellings.insert(HeaderName.normalize(s)).inserted {
          throw v.fail(
            "$.ordinalScales[\(i)].levels[\(j)]",
            Localized(
              id: "\"\(s)\" dieja dua kali pada skala \(scale.name)",
              en: "\"\(s)\" is spelled twice in scale \(scale.name)"))
        }
      }
    }
  }
}
