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
    guard (0...6).contains(publishedPlaces) else { throw v.fail("$.publishedPlaces", "must be 0…6") }
    guard maxTotal > 0, maxTotal.isFinite else { throw v.fail("$.maxTotal", "must be a positive number") }

    try v.unique(grades.map(\.code), path: "$.grades", what: "grade")
    for (i, g) in grades.enumerated() where !(0...100).contains(g.percent) {
      throw v.fail("$.grades[\(i)].percent", "must be 0…100")
    }

    guard !answers.isEmpty else { throw v.fail("$.answers", "no answers") }
    var spellings = Set<String>()
    for (i, a) in answers.enumerated() {
      for s in [a.answer] + a.aliases where !spellings.insert(HeaderName.normalize(s)).inserted {
        throw v.fail("$.answers[\(i)]", "answer \"\(s)\" is defined twice")
      }
      guard (0...1).contains(a.value) else { throw v.fail("$.answers[\(i)].value", "must be 0…1") }
    }

    if let shareGrades {
      guard !grades.isEmpty else { throw v.fail("$.shareGrades", "needs a grade table ($.grades)") }
      try shareGrades.validate(domain: 0...100, file: file, path: "$.shareGrades")
      for (i, band) in shareGrades.bands.enumerated() where grade(band.code) == nil {
        throw v.fail("$.shareGrades[\(i)].code", "\"\(band.code)\" is not a grade of $.grades")
      }
    }
    try predicates.validate(domain: 0...maxTotal, file: file, path: "$.predicates")

    guard !components.isEmpty else { throw v.fail("$.components", "no components") }
    var codes = Set<String>()
    try validate(components, parent: nil, path: "$.components", codes: &codes, v)
    try v.sums(components.map(\.weight), to: maxTotal, path: "$.components", what: "component weights")
  }

  private func validate(
    _ nodes: [Node], parent: Node?, path: String, codes: inout Set<String>, _ v: InstrumentValidator
  ) throws {
    for (i, node) in nodes.enumerated() {
      let here = "\(path)[\(i)]"
      let code = node.code.trimmingWhitespace
      guard !code.isEmpty, code == node.code, !code.hasSuffix(".") else {
        throw v.fail("\(here).code", "must be a code such as \"1\" or \"1.2\"")
      }
      if let parent, !code.hasPrefix(parent.code + ".") {
        throw v.fail("\(here).code", "\"\(code)\" must start with its parent's code \"\(parent.code).\"")
      }
      if parent == nil, code.contains(".") {
        throw v.fail("\(here).code", "a component code has no dot (\"\(code)\")")
      }
      guard codes.insert(code).inserted else { throw v.fail("\(here).code", "duplicate code \"\(code)\"") }
      guard node.weight > 0, node.weight.isFinite else { throw v.fail("\(here).weight", "must be positive") }
      if node.isLeaf {
        if let criteria = node.criteria {
          guard !criteria.isEmpty else { throw v.fail("\(here).criteria", "empty list (omit it instead)") }
          for (j, criterion) in criteria.enumerated() {
            guard criterion.code.hasPrefix(code + "."), criterion.code.count > code.count + 1 else {
              throw v.fail("\(here).criteria[\(j)].code", "\"\(criterion.code)\" must start with \"\(code).\"")
            }
            guard codes.insert(criterion.code).inserted else {
              throw v.fail("\(here).criteria[\(j)].code", "duplicate code \"\(criterion.code)\"")
            }
          }
        }
        try v.unique(node.upgrades.map { $0.flag.lowercased() }, path: "\(here).upgrades", what: "flag")
        for (j, upgrade) in node.upgrades.enumerated() {
          guard !upgrade.flag.isEmpty, !upgrade.flag.contains("."), Int(upgrade.flag) == nil else {
            throw v.fail("\(here).upgrades[\(j)].flag", "must be a name without dots (\"maintained1y\")")
          }
          guard grade(upgrade.grade) != nil else {
            throw v.fail("\(here).upgrades[\(j)].grade", "\"\(upgrade.grade)\" is not a grade of $.grades")
          }
        }
      } else {
        if node.criteria != nil { throw v.fail("\(here).criteria", "only a leaf (no subcomponents) has criteria") }
        if !node.upgrades.isEmpty { throw v.fail("\(here).upgrades", "only a leaf (no subcomponents) has upgrades") }
        try validate(node.subcomponents, parent: node, path: "\(here).subcomponents", codes: &codes, v)
        try v.sums(
          node.subcomponents.map(\.weight), to: node.weight, path: "\(here).subcomponents",
          what: "weights of the parts of \(code)")
      }
    }
  }
}
