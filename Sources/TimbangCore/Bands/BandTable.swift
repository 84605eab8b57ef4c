/// An ordered grading table: the band a (display-rounded) value falls in.
///
/// Validation (``validate(domain:file:path:)``) proves that the bands neither overlap nor leave gaps over the
/// values an instrument can produce, so ``classify(_:)`` always finds exactly one band for such values.
public struct BandTable: Codable, Equatable, Sendable {
  public var bands: [Band]

  public init(_ bands: [Band]) { self.bands = bands }

  public init(from decoder: Decoder) throws { bands = try [Band](from: decoder) }
  public func encode(to encoder: Encoder) throws { try bands.encode(to: encoder) }

  /// The band containing `x`, or `nil` when `x` lies outside every band.
  public func classify(_ x: Double) -> Band? { bands.first { $0.contains(x) } }

  /// The band containing `x` after Excel-rounding it to `places` decimals (the precision the figure is published at).
  public func classify(_ x: Double, publishedAt places: Int) -> Band? { classify(x.rounded(places: places)) }

  /// Checks codes are unique and that the bands tile `domain` (closed interval) without gaps or overlaps.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming `path` and the first problem.
  public func validate(domain: ClosedRange<Double>, file: String, path: String) throws {
    func fail(_ message: Localized) -> TimbangError {
      .badInstrument(SourceLocation(file: file, jsonPath: path), message)
    }
    guard !bands.isEmpty else { throw fail(Localized(id: "tidak ada rentang nilai", en: "no bands")) }
    var seen = Set<String>()
    for (i, band) in bands.enumerated() {
      guard seen.insert(band.code).inserted else {
        throw fail(
          Localized(id: "rentang \(i): kode \"\(band.code)\" ganda", en: "band \(i): duplicate code \"\(band.code)\""))
      }
      if let l = band.lower, let u = band.upper, l > u {
        throw fail(
          Localized(
            id: "rentang \(band.code): batas bawah \(l) di atas batas atas \(u)",
            en: "band \(band.code): lower \(l) above upper \(u)"))
      }
    }
    // Sort by lower bound (open lower first) and walk the edges.
    let sorted = bands.sorted { ($0.lower ?? -.infinity) < ($1.lower ?? -.infinity) }
    if let first = sorted.first?.lower {
      if first > domain.lowerBound || (first == domain.lowerBound && !sorted[0].lowerInclusive) {
        throw fail(
          Localized(
            id: "tidak ada rentang yang mencakup \(domain.lowerBound)", en: "no band covers \(domain.lowerBound)"))
      }
    }
    for (a, b) in zip(sorted, sorted.dropFirst()) {
      guard let upper = a.upper, let lower = b.lower else {
        throw fail(Self.overlap(a.code, b.code))
      }
      if upper < lower {
        throw fail(
          Localized(
            id: "ada celah antara rentang \(a.code) dan \(b.code) (\(upper) sampai \(lower))",
            en: "gap between bands \(a.code) and \(b.code) (\(upper) to \(lower))"))
      }
      if upper > lower { throw fail(Self.overlap(a.code, b.code)) }
      if a.upperInclusive == b.lowerInclusive {
        throw fail(
          a.upperInclusive
            ? Localized(
              id: "rentang \(a.code) dan \(b.code) sama-sama mencakup \(upper)",
              en: "bands \(a.code) and \(b.code) both include \(upper)")
            : Localized(id: "tidak ada rentang yang mencakup \(upper)", en: "no band includes \(upper)"))
      }
    }
    if let lastBand = sorted.last, let last = lastBand.upper {
      if last < domain.upperBound || (last == domain.upperBound && !lastBand.upperInclusive) {
        throw fail(
          Localized(
            id: "tidak ada rentang yang mencakup \(domain.upperBound)", en: "no band covers \(domain.upperBound)"))
      }
    }
  }

  private static func overlap(_ a: String, _ b: String) -> Localized {
    Localized(id: "rentang \(a) dan \(b) bertumpang tindih", en: "bands \(a) and \(b) overlap")
  }
}
