import FuzzSupport
import TimbangAudit
import TimbangCore

private let auditor = Auditor(library: Fuzz.library)

/// A claims file (`audit`): read as if it sat in `Datasets/` (so its relative file references reach the bundled
/// data), every claim recomputed, the result rendered.
func fuzzAuditClaims(_ bytes: [UInt8]) {
  Fuzz.check {
    let file = try ClaimsFile.read(bytes, file: Fuzz.root + "/Datasets/fuzz-claims.json")
    let result = try auditor.audit(file)
    Fuzz.roundTrip(result.json)
    Fuzz.render([result.table])
    _ = result.text(.id) + result.text(.en)
  }
}

Fuzz.main(fuzzAuditClaims)
