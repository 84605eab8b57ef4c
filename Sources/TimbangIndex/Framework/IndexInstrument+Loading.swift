import TimbangCore

extension IndexInstrument {
  /// Kinds this engine serves.
  public static let kinds = ["spbe", "pemdi"]

  /// Decodes and fully validates a loaded instrument file.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming the file and the JSON path of the first problem.
  public static func load(_ file: InstrumentLibrary.File) throws -> IndexInstrument {
    try IndexInstrument(bytes: file.bytes, path: file.path)
  }

  /// Decodes and validates instrument JSON.
  ///
  /// Checks, in order: header fields; the index section; the value range (whole levels must have whole bounds);
  /// tiers (unique keys and node codes, positive weights with at most 4 decimals, parents in the tier above, each
  /// node's children summing exactly to its weight, top tier summing to `index.total`); indicators (numbered
  /// 1…n in order, unique codes, a lowest-tier parent, weights summing to it); level names; bands (exact bounds
  /// that tile the value range without gaps or overlaps); the predicate-basis table (one entry per year); the
  /// pending value of external indicators; and that every way of addressing an indicator or node (number, `I01`,
  /// code, name when `addressByName`) is unambiguous.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` at the first problem.
  public init(bytes: [UInt8], path: String) throws {
    let file = try InstrumentDecoding.decode(IndexInstrumentFile.self, from: bytes, file: path)
    let v = InstrumentValidator(file: path)
    guard file.schemaVersion == 1 else {
      throw v.fail(
        "$.schemaVersion",
        Localized(
          id: "schemaVersion \(file.schemaVersion) tidak didukung (seharusnya 1)",
          en: "schemaVersion \(file.schemaVersion) is not supported (expected 1)"))
    }
    for (key, text) in [
      ("id", file.id), ("kind", file.kind), ("title", file.title), ("source", file.source),
      ("version", file.version), ("provenance", file.provenance),
    ] where text.trimmingWhitespace.isEmpty {
      throw v.fail("$.\(key)", Self.notEmpty)
    }

    func exact(_ x: Double, _ path: String, places: Int = 4) throws -> Rational {
      guard let r = Rational(decimal: x, maximumPlaces: places) else {
        throw v.fail(
          path,
          Localized(
            id: "\(x) harus bilangan berhingga dengan paling banyak \(places) desimal",
            en: "\(x) must be a finite number with at most \(places) decimals"))
      }
      return r
    }

    // Index.
    guard (0...6).contains(file.index.places) else {
      throw v.fail("$.index.places", Localized(id: "harus 0–6", en: "must be 0–6"))
    }
    let total = try exact(file.index.total, "$.index.total")
    guard total > .zero else { throw v.fail("$.index.total", Self.positive) }

    // Values.
    let minimum = try exact(file.values.minimum, "$.values.minimum")
    let maximum = try exact(file.values.maximum, "$.values.maximum")
    guard minimum < maximum else {
      throw v.fail(
        "$.values", Localized(id: "minimum harus lebih kecil dari maximum", en: "minimum must be below maximum"))
    }
    guard minimum >= Rational(-1000), maximum <= Rational(1000) else {
      throw v.fail(
        "$.values", Localized(id: "nilai harus berada dalam −1000…1000", en: "values must lie within −1000…1000"))
    }
    if file.values.wholeLevels, !minimum.isInteger || !maximum.isInteger {
      throw v.fail(
        "$.values",
        Localized(
          id: "tingkat bulat memerlukan minimum dan maximum bulat", en: "whole levels need whole minimum and maximum"))
    }

    // Tiers.
    guard !file.tiers.isEmpty else {
      throw v.fail("$.tiers", Localized(id: "diperlukan sedikitnya satu tingkatan", en: "at least one tier is needed"))
    }
    try v.unique(file.tiers.map(\.key), path: "$.tiers", what: Localized(id: "kunci tingkatan", en: "tier key"))
    let reserved: Set = ["indicators", "index", "framework", "warnings", "notes", "predicate"]
    var tiers: [Tier] = []
    var allCodes: [String: String] = [:]
    for (t, tierFile) in file.tiers.enumerated() {
      let tierPath = "$.tiers[\(t)]"
      if reserved.contains(tierFile.key) || tierFile.key.isEmpty {
        throw v.fail(
          "\(tierPath).key",
          Localized(
            id: "\"\(tierFile.key)\" tidak dapat menjadi nama tingkatan", en: "\"\(tierFile.key)\" cannot name a tier"))
      }
      guard !tierFile.nodes.isEmpty else {
        throw v.fail(
          "\(tierPath).nodes",
          Localized(id: "setiap tingkatan memerlukan sedikitnya satu simpul", en: "a tier needs at least one node"))
      }
      var nodes: [Node] = []
      for (n, nodeFile) in tierFile.nodes.enumerated() {
        let nodePath = "\(tierPath).nodes[\(n)]"
        let code = nodeFile.code.trimmingWhitespace
        guard !code.isEmpty else { throw v.fail("\(nodePath).code", Self.notEmpty) }
        if let other = allCodes[code] {
          throw v.fail(
            "\(nodePath).code",
            Localized(
              id: "kode \"\(code)\" ganda (juga di \(other))", en: "duplicate code \"\(code)\" (also at \(other))"))
        }
        allCodes[code] = nodePath
        let weight = try exact(nodeFile.weight, "\(nodePath).weight")
        guard weight > .zero else { throw v.fail("\(nodePath).weight", Self.positive) }
        var parent: Int?
        if t == 0 {
          if nodeFile.parent != nil {
            throw v.fail(
              "\(nodePath).parent",
              Localized(id: "simpul tingkatan teratas tidak memiliki induk", en: "top-tier nodes have no parent"))
          }
        } else {
          guard let p = nodeFile.parent else {
            throw v.fail("\(nodePath).parent", Localized(id: "induk tidak ada", en: "missing parent"))
          }
          guard let index = tiers[t - 1].nodes.firstIndex(where: { $0.code == p }) else {
            throw v.fail("\(nodePath).parent", Self.notANode(p, tiers[t - 1].key))
          }
          parent = index
        }
        nodes.append(
          Node(
            code: code, name: Localized(id: nodeFile.name, en: nodeFile.nameEn ?? nodeFile.name), weight: weight,
            parent: parent, note: nodeFile.note))
      }
      tiers.append(
        Tier(
          key: tierFile.key, column: tierFile.column,
          label: Localized(id: tierFile.label, en: tierFile.labelEn ?? tierFile.label), predicates: tierFile.predicates,
          predicateNote: tierFile.predicateNote, nodes: nodes))
    }
    // Weights sum to their parents, exactly.
    let topSum = tiers[0].nodes.reduce(Rational.zero) { $0 + $1.weight }
    if topSum != total {
      let (got, expected) = (topSum.decimalText(places: 6), total.decimalText(places: 6))
      throw v.fail(
        "$.tiers[0].nodes",
        Localized(id: "jumlah bobot \(got), seharusnya \(expected)", en: "weights sum to \(got), expected \(expected)"))
    }
    for t in 1..<max(tiers.count, 1) where t < tiers.count {
      for (p, parent) in tiers[t - 1].nodes.enumerated() {
        let children = tiers[t].nodes.filter { $0.parent == p }
        guard !children.isEmpty else {
          throw v.fail(
            "$.tiers[\(t - 1)].nodes[\(p)]",
            Localized(
              id: "simpul \(parent.code) tidak memiliki simpul di bawahnya pada tingkatan \"\(tiers[t].key)\"",
              en: "node \(parent.code) has no nodes under it in tier \"\(tiers[t].key)\""))
        }
        let sum = children.reduce(Rational.zero) { $0 + $1.weight }
        if sum != parent.weight {
          throw v.fail(
            "$.tiers[\(t)].nodes", Self.weightsUnder(parent.code, sum, parent.weight))
        }
      }
    }

    // Level names.
    let levelNameSets = file.levelNames ?? [:]
    for (key, set) in levelNameSets.sorted(by: { $0.key < $1.key }) {
      try v.unique(
        set.map { String($0.level) }, path: "$.levelNames.\(key)", what: Localized(id: "tingkat", en: "level"))
      for (i, entry) in set.enumerated() {
        if Rational(entry.level) < Rational(minimum.floor) || Rational(entry.level) > maximum {
          throw v.fail(
            "$.levelNames.\(key)[\(i)].level",
            Localized(
              id: "tingkat \(entry.level) di luar rentang \(minimum.decimalText())–\(maximum.decimalText())",
              en: "level \(entry.level) is outside \(minimum.decimalText())–\(maximum.decimalText())"))
        }
      }
    }

    // Indicators.
    guard !file.indicators.isEmpty else {
      throw v.fail(
        "$.indicators", Localized(id: "diperlukan sedikitnya satu indikator", en: "at least one indicator is needed"))
    }
    let lowest = tiers.count - 1
    var indicators: [Indicator] = []
    for (i, f) in file.indicators.enumerated() {
      let path = "$.indicators[\(i)]"
      guard f.number == i + 1 else {
        throw v.fail(
          "\(path).number",
          Localized(
            id: "seharusnya \(i + 1) (indikator dinomori berurutan)",
            en: "expected \(i + 1) (indicators are numbered in order)"))
      }
      let code = f.code.trimmingWhitespace
      guard !code.isEmpty else { throw v.fail("\(path).code", Self.notEmpty) }
      guard !f.name.trimmingWhitespace.isEmpty else { throw v.fail("\(path).name", Self.notEmpty) }
      let weight = try exact(f.weight, "\(path).weight")
      guard weight > .zero else { throw v.fail("\(path).weight", Self.positive) }
      guard let parent = tiers[lowest].nodes.firstIndex(where: { $0.code == f.parent }) else {
        throw v.fail("\(path).parent", Self.notANode(f.parent, tiers[lowest].key))
      }
      if let key = f.levelNames, levelNameSets[key] == nil {
        throw v.fail(
          "\(path).levelNames",
          Localized(
            id: "kumpulan nama tingkat \"\(key)\" tidak ada di $.levelNames",
            en: "no level-name set \"\(key)\" in $.levelNames"))
      }
      var ancestors = Array(repeating: 0, count: tiers.count)
      ancestors[lowest] = parent
      var t = lowest
      while t > 0 {
        guard let up = tiers[t].nodes[ancestors[t]].parent else {
          throw v.fail("$.tiers[\(t)]", Localized(id: "simpul tanpa induk", en: "node without a parent"))
        }
        ancestors[t - 1] = up
        t -= 1
      }
      indicators.append(
        Indicator(
          number: f.number, code: code, name: f.name, aliases: f.aliases ?? [], weight: weight, ancestors: ancestors,
          levelNames: f.levelNames, external: f.external, note: f.note))
    }
    for (n, node) in tiers[lowest].nodes.enumerated() {
      let sum = indicators.filter { $0.ancestors[lowest] == n }.reduce(Rational.zero) { $0 + $1.weight }
      guard sum != .zero else {
        throw v.fail(
          "$.tiers[\(lowest)].nodes[\(n)]",
          Localized(id: "simpul \(node.code) tidak memiliki indikator", en: "node \(node.code) has no indicators"))
      }
      if sum != node.weight {
        throw v.fail(
          "$.indicators", Self.weightsUnder(node.code, sum, node.weight))
      }
    }

    // Bands.
    guard !file.bands.isEmpty else { throw v.fail("$.bands", Localized(id: "tidak ada rentang nilai", en: "no bands")) }
    var bands: [PredicateBand] = []
    for (i, b) in file.bands.enumerated() {
      let path = "$.bands[\(i)]"
      let band = Band(
        code: b.code, label: b.label, lower: b.lower, lowerInclusive: b.lowerInclusive ?? true, upper: b.upper,
        upperInclusive: b.upperInclusive ?? false, labelEn: b.labelEn)
      let lower = try b.lower.map { try exact($0, "\(path).lower", places: 6) }
      let upper = try b.upper.map { try exact($0, "\(path).upper", places: 6) }
      let levelName = b.levelName.map { Localized(id: $0, en: b.levelNameEn ?? $0) }
      bands.append(PredicateBand(band: band, lower: lower, upper: upper, level: b.level, levelName: levelName))
    }
    try BandTable(bands.map(\.band)).validate(
      domain: minimum.doubleValue...maximum.doubleValue, file: path, path: "$.bands")

    // Predicate basis.
    let years = file.predicateBasis.years ?? []
    try v.unique(
      years.map { String($0.year) }, path: "$.predicateBasis.years", what: Localized(id: "tahun", en: "year"))

    // External indicators.
    var pending: Rational?
    if let external = file.external {
      let value = try exact(external.pendingValue, "$.external.pendingValue", places: 6)
      guard value >= minimum && value <= maximum else {
        throw v.fail(
          "$.external.pendingValue",
          Localized(id: "harus berada dalam rentang nilai", en: "must lie within the value range"))
      }
      pending = value
    }

    if let first = file.evaluationYears?.first, let last = file.evaluationYears?.last, first > last {
      throw v.fail(
        "$.evaluationYears",
        Localized(
          id: "tahun pertama \(first) setelah tahun terakhir \(last)",
          en: "first year \(first) is after last year \(last)"))
    }

    self.init(
      header: try InstrumentDecoding.decode(InstrumentHeader.self, from: bytes, file: path),
      path: path, indexName: Localized(id: file.index.name, en: file.index.nameEn ?? file.index.name),
      places: file.index.places, total: total, firstYear: file.evaluationYears?.first,
      lastYear: file.evaluationYears?.last,
      values: ValueScale(minimum: minimum, maximum: maximum, wholeLevels: file.values.wholeLevels),
      addressByName: file.addressByName ?? false, tiers: tiers, indicators: indicators, levelNameSets: levelNameSets,
      bands: bands,
      predicateBasis: PredicateBasisTable(
        defaultBasis: file.predicateBasis.default, defaultNote: file.predicateBasis.defaultNote, years: years),
      pendingExternalValue: pending, pendingExternalNote: file.external?.note)

    // Every key an input may use must name one thing.
    var seen: [String: Localized] = [:]
    func claim(_ key: String, _ owner: Localized, _ path: String) throws {
      let k = HeaderName.normalize(key)
      guard !k.isEmpty else { return }
      if let other = seen[k], other != owner {
        throw v.fail(
          path,
          Localized(
            id: "\"\(key)\" akan menunjuk \(other.id) sekaligus \(owner.id)",
            en: "\"\(key)\" would address both \(other.en) and \(owner.en)"))
      }
      seen[k] = owner
    }
    for (t, tier) in tiers.enumerated() {
      for (n, node) in tier.nodes.enumerated() {
        try claim(node.code, Localized("\(tier.key) \(node.code)"), "$.tiers[\(t)].nodes[\(n)].code")
      }
    }
    for (i, indicator) in indicators.enumerated() {
      let code = indicator.code == String(indicator.number) ? "" : " (\(indicator.code))"
      let owner = Localized(id: "indikator \(indicator.number)\(code)", en: "indicator \(indicator.number)\(code)")
      for key in IndicatorResolver.keys(for: indicator, byName: self.addressByName) {
        try claim(key, owner, "$.indicators[\(i)]")
      }
    }
  }

  // Messages used more than once.
  private static let notEmpty = Localized(id: "tidak boleh kosong", en: "must not be empty")
  private static let positive = Localized(id: "harus positif", en: "must be positive")

  private static func notANode(_ code: String, _ tier: String) -> Localized {
    Localized(
      id: "\"\(code)\" bukan simpul pada tingkatan \"\(tier)\"", en: "\"\(code)\" is not a node of tier \"\(tier)\"")
  }

  private static func weightsUnder(_ code: String, _ sum: Rational, _ weight: Rational) -> Localized {
    let (got, expected) = (sum.decimalText(places: 6), weight.decimalText(places: 6))
    return Localized(
      id: "jumlah bobot di bawah \(code) \(got), seharusnya \(expected)",
      en: "weights under \(code) sum to \(got), expected \(expected)")
  }
}
