import TimbangCore
import TimbangIKM

/// Recomputes every figure of a claims file with Timbang's scorers and explains what does not follow.
public struct Auditor: Sendable {
  public var library: InstrumentLibrary

  public init(library: InstrumentLibrary) { self.library = library }

  public func audit(_ file: ClaimsFile) throws -> AuditResult {
    AuditResult(source: file.source, claims: try file.claims.map(audit))
  }

  /// Recomputes one claim.
  ///
  /// - Throws: a located ``TimbangError/badInput(_:_:)`` for a malformed claim — including an instrument id the
  ///   library does not know, which is the claims file's fault (exit 65 at `$.claims[i].instrument`), not a usage
  ///   error.
  public func audit(_ claim: Claim) throws -> ClaimAudit {
    do {
      return try recompute(claim)
    } catch TimbangError.usage(let message) {
      let key = ["instrument", "scales", "framework"].first { claim.body[$0] != nil } ?? "instrument"
      throw claim.fail("." + key, message)
    }
  }

  private func recompute(_ claim: Claim) throws -> ClaimAudit {
    switch claim.kind {
    case "skm":
      let id = claim.body["instrument"]?.stringValue ?? "skm-permenpanrb-14-2017"
      return try SKMCheck.check(claim, instrument: SKMInstrument.load(library.load(id, kind: "skm")))
    case "expression":
      guard let text = claim.body["expression"]?.stringValue else {
        throw claim.fail(
          ".expression",
          Localized(id: "seharusnya rumus tercetak berupa string", en: "expected the printed formula as a string"))
      }
      let expression = try Expression.parse(
        text, location: SourceLocation(file: claim.file, jsonPath: claim.path + ".expression"))
      guard let printed = PrintedFigure(json: claim.printed) else {
        throw claim.fail(".printed", Claim.expectedPrintedNumber)
      }
      return ClaimAudit(
        id: claim.id, kind: claim.kind, figures: [ExpressionCheck.check(expression, text: text, printed: printed)])
    default:
      return try OtherChecks.audit(claim, library: library)
    }
  }
}
