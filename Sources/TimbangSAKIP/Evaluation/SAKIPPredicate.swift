import TimbangCore

/// The predicate (AA … D) of a SAKIP total.
///
/// ```
/// published = ROUND(total, publishedPlaces)          (2 decimals)
/// predicate = the band with lower < published ≤ upper (D: 0 ≤ published ≤ 30)
/// ```
///
/// Regulation: PermenPANRB 88/2021, table of predicates (AA > 90–100 Sangat Memuaskan, A > 80–90 Memuaskan,
/// BB > 70–80 Sangat Baik, B > 60–70 Baik, CC > 50–60 Cukup, C > 30–50 Kurang, D 0–30 Sangat Kurang); the same bands
/// in 12/2015. The bands are data (`$.predicates`).
///
/// Rounding: the predicate is decided on the total rounded to the published precision with Excel `ROUND`, so the
/// label always agrees with the printed figure (89.996 prints 90.00 and is A, not AA).
///
/// Edge Cases:
/// - Lower bounds are exclusive: 90.00 → A, 90.01 → AA, 80.00 → BB, 70.00 → B, 60.00 → CC, 50.00 → C, 30.00 → D.
/// - 0 → D (the lowest band includes 0).
/// - A total outside `0…maxTotal` (after rounding) is an input error, never a predicate.
///
/// Postconditions: the returned band contains the published total.
///
/// Example: `SAKIPPredicate.classify(72.15, instrument: lke88)` is BB (Sangat Baik).
public enum SAKIPPredicate {
  public static func classify(
    _ total: Double, instrument: SAKIPInstrument, location: SourceLocation = SourceLocation(file: "<total>")
  ) throws -> Band {
    let published = total.rounded(places: instrument.publishedPlaces)
    guard total.isFinite, published >= 0, published <= instrument.maxTotal else {
      throw TimbangError.badInput(
        location,
        Say.localized { say in
          say(
            "nilai total \(say.number(total)) di luar rentang 0–\(say.number(instrument.maxTotal))",
            "total \(say.number(total)) is outside 0–\(say.number(instrument.maxTotal))")
        })
    }
    guard let band = instrument.predicates.classify(published) else {
      throw TimbangError.internalError("no predicate band covers \(published) in \(instrument.header.id)")
    }
    return band
  }
}
