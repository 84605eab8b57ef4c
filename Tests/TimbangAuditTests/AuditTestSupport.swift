import Foundation
import TimbangAudit
import TimbangCore
import TimbangIndex
import TimbangInstruments

enum AuditFixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let auditor = Auditor(library: InstrumentLibrary(directory: BundledInstruments.directory))

  /// Audits a claims file given as text, as if it sat in `Datasets/`.
  static func audit(_ json: String) throws -> AuditResult {
    let file = packageRoot.appendingPathComponent("Datasets/inline-claims.json").path
    return try auditor.audit(ClaimsFile.read(Array(json.utf8), file: file))
  }

  static func dataset(_ name: String) throws -> AuditResult {
    let path = packageRoot.appendingPathComponent("Datasets/\(name)").path
    return try auditor.audit(ClaimsFile.read(ByteSource.readAll(path: path), file: path))
  }
}

extension AuditResult {
  func figure(_ claim: String, _ name: String) -> FigureCheck? {
    claims.first { $0.id == claim }?.figures.first { $0.name == name }
  }
}

extension AuditFixtures {
  static func annex(_ name: String) throws -> SPBEAnnexAudit {
    let library = InstrumentLibrary(directory: BundledInstruments.directory)
    let instrument = try IndexInstrument.load(library.load("spbe-permenpanrb-59-2020", kind: "spbe"))
    return try SPBEAnnexAudit.audit(path: packageRoot.appendingPathComponent("Datasets/\(name)").path, instrument: instrument)
  }
}
