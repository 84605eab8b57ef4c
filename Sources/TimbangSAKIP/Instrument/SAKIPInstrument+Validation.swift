import TimbangCore

extension SAKIPInstrument {
  /// Checks the whole file and names the JSON path of the first problem.
  ///
  /// Checks: `publishedPlaces` 0…6; `maxTotal` > 0; grade codes unique with percent 0…100; answers unique
  /// (aliases included) with values 0…1; share bands tile 0…100 and name known grades; predicate bands tile
  /// `0…maxTotal`; node and criterion codes unique over the tree and prefixed by their parent's code; weights
  /// positive; children weigh their parent and components weigh `maxTotal` (within 1e-9); upgrade flags unique per
  /// leaf, without dots, naming known grades.
  public func validate(file: String) throws {
    let v = InstrumentValidator(file: file)
    guard (0...6).contains(publishedPlaces) else { throw v.fail("$.publishedPlaces", SAKIPMessages.zeroToSix) }
    guard maxTotal > 0, maxTotal.isFinite else {
      throw v.fail("$.maxTotal", Localized(id: "harus bilangan positif", en: "must be a positive number"))
    }

    try v.unique(grades.map(\.code), path: "$.grades", what: Localized(id: "nilai huruf", en: "grade"))
    for (i, g) in grades.enumerated() where !(0...100).contains(g.percent) {
      throw v.fail("$.grades[\(i)].percent", Localized(id: "harus 0…100", en: "must be 0…100"))
    }

    guard !answers.isEmpty else { throw v.fail("$.answers", Localized(id: "tidak ada jawaban", en: "no answers")) }
    var spellings = Set<String>()
    for (i, a) in answers.enumerated() {
      for s in [a.answer] + a.aliases where !spellings.insert(HeaderName.normalize(s)).inserted {
        throw v.fail(
          "$.answers[\(i)]",
          Localized(id: "jawaban \"\(s)\" didefinisikan dua kali", en: "answer \"\(s)\" is defined twice"))
      }
      guard (0...1).contains(a.value) else {
        throw v.fail("$.answers[\(i)].value", Localized(id: "harus 0…1", en: "must be 0…1"))
      }
    }

    if let shareGrades {
      guard !grades.isEmpty else {
        throw v.fail(
          "$.shareGrades",
          Localized(id: "memerlukan tabel nilai huruf ($.grades)", en: "needs a grade table ($.grades)"))
      }
      try shareGrades.validate(domain: 0...100, file: file, path: "$.shareGrades")
      for (i, band) in shareGrades.bands.enumerated() where grade(band.code) == nil {
        throw v.fail("$.shareGrades[\(i)].code", SAKIPMessages.notAGrade(band.code))
      }
    }
    try predicates.validate(domain: 0...maxTotal, file: file, path: "$.predicates")

    guard !components.isEmpty else {
      throw v.fail("$.components", Localized(id: "tidak ada komponen", en: "no components"))
    }
    var codes = Set<String>()
    try validate(components, parent: nil, path: "$.components", codes: &codes, v)
    try v.sums(
      components.map(\.weight), to: maxTotal, path: "$.components",
      what: Localized(id: "bobot komponen", en: "component weights"))
  }

  private func validate(
    _ nodes: [Node], parent: Node?, path: String, codes: inout Set<String>, _ v: InstrumentValidator
  ) throws {
    for (i, node) in nodes.enumerated() {
      let here = "\(path)[\(i)]"
      let code = node.code.trimmingWhitespace
      guard !code.isEmpty, code == node.code, !code.hasSuffix(".") else {
        throw v.fail(
          "\(here).code",
          Localized(id: "harus berupa kode seperti \"1\" atau \"1.2\"", en: "must be a code such as \"1\" or \"1.2\""))
      }
      if let parent, !code.hasPrefix(parent.code + ".") {
        throw v.fail(
          "\(here).code",
          Localized(
            id: "\"\(code)\" harus diawali kode induknya \"\(parent.code).\"",
            en: "\"\(code)\" must start with its parent's code \"\(parent.code).\""))
      }
      if parent == nil, code.contains(".") {
        throw v.fail(
          "\(here).code",
          Localized(
            id: "kode komponen tidak memuat titik (\"\(code)\")", en: "a component code has no dot (\"\(code)\")"))
      }
      guard codes.insert(code).inserted else { throw v.fail("\(here).code", SAKIPMessages.duplicateCode(code)) }
      guard node.weight > 0, node.weight.isFinite else {
        throw v.fail("\(here).weight", Localized(id: "harus positif", en: "must be positive"))
      }
      if node.isLeaf {
        if let criteria = node.criteria {
          guard !criteria.isEmpty else {
            throw v.fail(
              "\(here).criteria",
              Localized(id: "daftar kosong (hapus saja kuncinya)", en: "empty list (omit it instead)"))
          }
          for (j, criterion) in criteria.enumerated() {
            guard criterion.code.hasPrefix(code + "."), criterion.code.count > code.count + 1 else {
              throw v.fail(
                "\(here).criteria[\(j)].code",
                Localized(
                  id: "\"\(criterion.code)\" harus diawali \"\(code).\"",
                  en: "\"\(criterion.code)\" must start with \"\(code).\""))
            }
            guard codes.insert(criterion.code).inserted else {
              throw v.fail("\(here).criteria[\(j)].code", SAKIPMessages.duplicateCode(criterion.code))
            }
          }
        }
        try v.unique(
          node.upgrades.map { $0.flag.lowercased() }, path: "\(here).upgrades", what: Localized(id: "tanda", en: "flag")
        )
        for (j, upgrade) in node.upgrades.enumerated() {
          guard !upgrade.flag.isEmpty, !upgrade.flag.contains("."), Int(upgrade.flag) == nil else {
            throw v.fail(
              "\(here).upgrades[\(j)].flag",
              Localized(
                id: "harus berupa nama tanpa titik (\"maintained1y\")",
                en: "must be a name without dots (\"maintained1y\")"))
          }
          guard grade(upgrade.grade) != nil else {
            throw v.fail("\(here).upgrades[\(j)].grade", SAKIPMessages.notAGrade(upgrade.grade))
          }
        }
      } else {
        if node.criteria != nil {
          throw v.fail(
            "\(here).criteria",
            Localized(
              id: "hanya simpul terbawah (tanpa sub-komponen) yang memiliki kriteria",
              en: "only a leaf (no subcomponents) has criteria"))
        }
        if !node.upgrades.isEmpty {
          throw v.fail(
            "\(here).upgrades",
            Localized(
              id: "hanya simpul terbawah (tanpa sub-komponen) yang memiliki peningkatan nilai",
              en: "only a leaf (no subcomponents) has upgrades"))
        }
        try validate(node.subcomponents, parent: node, path: "\(here).subcomponents", codes: &codes, v)
        try v.sums(
          node.subcomponents.map(\.weight), to: node.weight, path: "\(here).subcomponents",
          what: Localized(id: "bobot bagian-bagian \(code)", en: "weights of the parts of \(code)"))
      }
    }
  }
}
