import TimbangCore

/// A composite indicator's realisasi: a weighted sum of other rows' realisasi, written
/// `=0.35*integrasi + 0.35*diseminasi + 0.10*kami + 0.20*data`.
///
/// ```
/// realisasi = Σ wᵢ × realisasi(kodeᵢ)        with Σ wᵢ = 1 (within 1e-9)
/// ```
///
/// Regulation: none; the form follows composite IKU in regency LKjIPs (Kab. Belitung 2023, `shared/spec/sakip.md`
/// §2).
///
/// Rounding: none; the referenced realisasi are used unrounded.
///
/// Edge Cases: terms are `weight*kode` or `kode*weight` (`×` also accepted); weights use the file's decimal
/// separator; a weight ≤ 0, a repeated code, a term without a weight, or weights that do not sum to 1 are errors.
/// Unknown codes and cycles are detected by ``CapaianScorer``.
///
/// Example: `=0.35*integrasi + 0.35*diseminasi + 0.10*kami + 0.20*data` with 100, 100, 64.03, 100 → 96.403.
public struct CompositeExpression: Sendable, Equatable {
  public struct Term: Sendable, Equatable {
    public var weight: Double
    public var code: String
  }

  public var terms: [Term]

  /// Whether `text` is written as a composite (starts with `=`).
  public static func isComposite(_ text: String) -> Bool { text.trimmingWhitespace.hasPrefix("=") }

  /// Parses a composite realisasi.
  ///
  /// - Throws: ``TimbangError/badInput(_:_:)`` at `location` naming the faulty term.
  public static func parse(
    _ text: String, decimalComma: Bool, location: SourceLocation
  ) throws -> CompositeExpression {
    var body = text.trimmingWhitespace
    guard body.hasPrefix("=") else {
      throw TimbangError.badInput(
        location, Localized(id: "rumus komposit harus diawali '='", en: "a composite must start with '='"))
    }
    body.removeFirst()
    var terms: [Term] = []
    for part in body.split(separator: "+", omittingEmptySubsequences: false) {
      let term = String(part).trimmingWhitespace
      let factors = term.split(whereSeparator: { $0 == "*" || $0 == "×" }).map { String($0).trimmingWhitespace }
      guard factors.count == 2 else {
        throw TimbangError.badInput(
          location,
          Localized(
            id: "suku \"\(term)\" harus berbentuk bobot*kode (misalnya 0.35*integrasi)",
            en: "term \"\(term)\" must be weight*code (e.g. 0.35*integrasi)"))
      }
      let weight: Double
      let code: String
      if let w = NumberParsing.parse(factors[0], decimalComma: decimalComma) {
        (weight, code) = (w, factors[1])
      } else if let w = NumberParsing.parse(factors[1], decimalComma: decimalComma) {
        (weight, code) = (w, factors[0])
      } else {
        throw TimbangError.badInput(
          location,
          Localized(id: "suku \"\(term)\" tidak memiliki bobot angka", en: "term \"\(term)\" has no numeric weight"))
      }
      guard weight > 0 else {
        throw TimbangError.badInput(
          location,
          Localized(
            id: "bobot \(factors[0]) pada \"\(term)\" harus positif", en: "weight in \"\(term)\" must be positive"))
      }
      guard !code.isEmpty, NumberParsing.parse(code, decimalComma: decimalComma) == nil else {
        throw TimbangError.badInput(
          location, Localized(id: "suku \"\(term)\" tidak memiliki kode", en: "term \"\(term)\" has no code"))
      }
      guard !terms.contains(where: { $0.code.lowercased() == code.lowercased() }) else {
        throw TimbangError.badInput(
          location, Localized(id: "kode \(code) muncul dua kali", en: "code \(code) appears twice"))
      }
      terms.append(Term(weight: weight, code: code))
    }
    let sum = terms.map(\.weight).reduce(0, +)
    guard abs(sum - 1) <= 1e-9 else {
      throw TimbangError.badInput(
        location,
        Say.localized { say in
          say(
            "bobot komposit berjumlah \(say.number(sum)), seharusnya 1",
            "composite weights sum to \(say.number(sum)), expected 1")
        })
    }
    return CompositeExpression(terms: terms)
  }

  /// `Σ wᵢ × value(codeᵢ)`.
  public func evaluate(_ value: (String) -> Double) -> Double {
    terms.reduce(0) { $0 + $1.weight * value($1.code) }
  }
}
