import TimbangCore
import TimbangSAKIP

/// Dispatches the claim kinds checked by the SAKIP, KAMI and SPBE checks.
enum OtherChecks {
  static func audit(_ claim: Claim, library: InstrumentLibrary) throws -> ClaimAudit {
    switch claim.kind {
    case "sakip":
      let id = claim.body["instrument"]?.stringValue ?? "sakip-permenpanrb-88-2021"
      return try SAKIPCheck.check(claim, instrument: SAKIPInstrument.load(library.load(id, kind: "sakip")))
    case "capaian":
      let id = claim.body["scales"]?.stringValue ?? "capaian-scales"
      return try CapaianCheck.check(claim, scales: CapaianScales.load(library.load(id, kind: "capaian-scales")))
    case "efficiency":
      let id = claim.body["instrument"]?.stringValue ?? "efisiensi-kepmendagri-690.900-327-1996"
      return try CapaianCheck.efficiency(claim, instrument: EfficiencyInstrument.load(library.load(id, kind: "efisiensi")))
    default:
      throw claim.fail(".kind", "kind \"\(claim.kind)\" is not audited yet")
    }
  }
}
