import TimbangCore
import TimbangIndex
import TimbangKAMI
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
    case "kami":
      let version = claim.body["version"]?.stringValue ?? "4.2"
      let id = claim.body["instrument"]?.stringValue ?? (version.hasPrefix("5") ? "kami-bssn-5.0" : "kami-bssn-4.2")
      return try KAMICheck.check(claim, instrument: KAMIInstrument.load(library.load(id, kind: "kami")))
    case "spbe":
      let id = claim.body["instrument"]?.stringValue ?? claim.body["framework"]?.stringValue ?? "spbe-permenpanrb-59-2020"
      return try SPBECheck.check(claim, instrument: IndexInstrument.load(library.load(id, kind: "spbe")))
    default:
      throw claim.fail(
        ".kind",
        Localized(id: "jenis \"\(claim.kind)\" belum dapat diaudit", en: "kind \"\(claim.kind)\" is not audited yet"))
    }
  }
}
