import TimbangCore

/// The tally file format (`--format tally`, `timbang skm merge`):
///
/// ```
/// {"schemaVersion": 1, "instrument": "…", "by": ["unit"], "missingPolicy": "available", "listwiseDropped": 0,
///  "groups": [{"key": {"unit": "…"}, "respondents": n, "profiles": {…},
///              "elements": {"U1": {"counts": [c1, c2, c3, c4], "missing": m, "invalid": i}, …}}]}
/// ```
public enum TallyFile {
  public static func json(_ tally: SKMTally, instrument: SKMInstrument) -> JSONValue {
    .object([
      ("schemaVersion", .int(1)), ("instrument", .string(tally.instrument)), ("by", .array(tally.by.map(JSONValue.string))),
      ("missingPolicy", .string(tally.missingPolicy.rawValue)), ("listwiseDropped", .int(tally.listwiseDropped)),
      (
        "groups",
        .array(
          tally.sortedGroups.map { g in
            var object: [(String, JSONValue)] = [
              ("key", .object(zip(tally.by, g.key).map { ($0, .string($1)) })), ("respondents", .int(g.respondents)),
              (
                "elements",
                .object(
                  zip(instrument.elements, g.elements).map { element, t in
                    (
                      element.code,
                      .object([
                        ("counts", .array(t.counts.map(JSONValue.int))), ("missing", .int(t.missing)),
                        ("invalid", .int(t.invalid)),
                      ])
                    )
                  })
              ),
              (
                "profiles",
                .object(
                  g.profiles.keys.sorted().map { key in
                    (key, .object((g.profiles[key] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
                  })
              ),
            ]
            if let pairs = g.pairs { object.append(("pairs", pairsJSON(pairs, instrument: instrument))) }
            return .object(object)
          })
      ),
    ])
  }

  /// Second-order tallies: `{"U1,U2": {"n": …, "sumI": …, "sumJ": …, "sumIJ": …}, …}` for every pair i ≤ j.
  static func pairsJSON(_ pairs: PairMoments, instrument: SKMInstrument) -> JSONValue {
    var out: [(String, JSONValue)] = []
    let codes = instrument.elements.map(\.code)
    for i in 0..<pairs.k {
      for j in i..<pairs.k {
        let s = pairs.slot(i, j)
        out.append(
          (
            "\(codes[i]),\(codes[j])",
            .object([
              ("n", .int(pairs.both[s])), ("sumI", .int(pairs.sumI[s])), ("sumJ", .int(pairs.sumJ[s])),
              ("sumIJ", .int(pairs.sumIJ[s])),
            ])
          ))
      }
    }
    return .object(out)
  }

  /// Reads a tally file; `instrumentFor` loads the instrument it names.
  ///
  /// - Throws: ``TimbangError/badInput(_:_:)`` naming the file and JSON path of the first problem.
  public static func read(
    _ bytes: [UInt8], file: String, instrumentFor: (String) throws -> SKMInstrument
  ) throws -> (SKMTally, SKMInstrument) {
    let root = try JSONParser.parse(bytes, fileName: file)
    func fail(_ path: String, _ message: Localized) -> TimbangError {
      .badInput(SourceLocation(file: file, jsonPath: path), message)
    }
    let expectedObject = Localized(id: "seharusnya objek", en: "expected an object")
    func count(_ value: JSONValue?, _ path: String) throws -> Int {
      guard let x = value?.doubleValue, x >= 0, x == x.rounded(), x < 1e15 else {
        throw fail(path, Localized(id: "seharusnya bilangan bulat ≥ 0", en: "expected a whole number ≥ 0"))
      }
      return Int(x)
    }
    guard root["schemaVersion"]?.doubleValue == 1 else {
      throw fail(
        "$.schemaVersion", Localized(id: "seharusnya 1 (berkas tally Timbang)", en: "expected 1 (a Timbang tally file)")
      )
    }
    guard let id = root["instrument"]?.stringValue else {
      throw fail("$.instrument", Localized(id: "seharusnya id instrumen", en: "expected an instrument id"))
    }
    let instrument = try instrumentFor(id)
    guard let byValues = root["by"]?.arrayValue else {
      throw fail("$.by", Localized(id: "seharusnya array nama kolom", en: "expected an array of column names"))
    }
    let by = try byValues.enumerated().map { i, v -> String in
      guard let s = v.stringValue else {
        throw fail("$.by[\(i)]", Localized(id: "seharusnya string", en: "expected a string"))
      }
      return s
    }
    let policyText = root["missingPolicy"]?.stringValue ?? "available"
    guard let policy = MissingPolicy(rawValue: policyText) else {
      throw fail(
        "$.missingPolicy", Localized(id: "seharusnya available atau listwise", en: "expected available or listwise"))
    }
    var tally = SKMTally(instrument: id, by: by, missingPolicy: policy)
    tally.listwiseDropped = try root["listwiseDropped"].map { try count($0, "$.listwiseDropped") } ?? 0
    guard let groups = root["groups"]?.arrayValue else {
      throw fail("$.groups", Localized(id: "seharusnya array", en: "expected an array"))
    }
    for (gi, g) in groups.enumerated() {
      let path = "$.groups[\(gi)]"
      guard let keyObject = g["key"]?.objectValue else { throw fail(path + ".key", expectedObject) }
      let key = try by.map { name -> String in
        guard let v = keyObject.first(where: { $0.0 == name })?.1.stringValue else {
          throw fail(path + ".key", Localized(id: "\"\(name)\" tidak ada", en: "missing \"\(name)\""))
        }
        return v
      }
      guard let elements = g["elements"] else { throw fail(path + ".elements", expectedObject) }
      var group = GroupTally(key: key, elementCount: instrument.elements.count, scaleCount: instrument.scale.count)
      group.respondents = try count(g["respondents"], path + ".respondents")
      for (ei, element) in instrument.elements.enumerated() {
        let epath = path + ".elements." + element.code
        guard let e = elements[element.code] else {
          throw fail(epath, Localized(id: "unsur \(element.code) tidak ada", en: "missing element \(element.code)"))
        }
        guard let counts = e["counts"]?.arrayValue, counts.count == instrument.scale.count else {
          throw fail(
            epath + ".counts",
            Localized(
              id: "seharusnya \(instrument.scale.count) jumlah", en: "expected \(instrument.scale.count) counts"))
        }
        group.elements[ei] = ElementTally(
          counts: try counts.enumerated().map { try count($1, epath + ".counts[\($0)]") },
          missing: try count(e["missing"], epath + ".missing"), invalid: try count(e["invalid"], epath + ".invalid"))
      }
      for (profile, values) in g["profiles"]?.objectValue ?? [] {
        for (value, n) in values.objectValue ?? [] {
          group.profiles[profile, default: [:]][value, default: 0] += try count(n, path + ".profiles." + profile)
        }
      }
      if let pairsObject = g["pairs"] {
        var pairs = PairMoments(elements: instrument.elements.count)
        let codes = instrument.elements.map(\.code)
        for i in codes.indices {
          for j in i..<codes.count {
            let ppath = path + ".pairs[\"\(codes[i]),\(codes[j])\"]"
            guard let p = pairsObject["\(codes[i]),\(codes[j])"] else {
              throw fail(ppath, Localized(id: "pasangan tidak ada", en: "missing pair"))
            }
            let s = pairs.slot(i, j)
            pairs.both[s] = try count(p["n"], ppath + ".n")
            pairs.sumI[s] = try count(p["sumI"], ppath + ".sumI")
            pairs.sumJ[s] = try count(p["sumJ"], ppath + ".sumJ")
            pairs.sumIJ[s] = try count(p["sumIJ"], ppath + ".sumIJ")
          }
        }
        group.pairs = pairs
      }
      if var existing = tally.groups[key] {
        existing += group
        tally.groups[key] = existing
      } else {
        tally.groups[key] = group
      }
    }
    return (tally, instrument)
  }
}
