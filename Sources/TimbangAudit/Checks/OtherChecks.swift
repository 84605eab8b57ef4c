import TimbangCore

/// Claim kinds whose checks live in their own files (SPBE, KAMI, SAKIP, capaian, efficiency).
enum OtherChecks {
  static func audit(_ claim: Claim, library: InstrumentLibrary) throws -> ClaimAudit {
    throw claim.fail(".kind", "kind \"\(claim.kind)\" is not audited yet")
  }
}
