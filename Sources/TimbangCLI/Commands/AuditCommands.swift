import TimbangAudit
import TimbangCore
import TimbangIndex
import TimbangReports

/// `timbang audit CLAIMS.json` and `timbang audit spbe-annex FILE.csv`.
enum AuditCommands {
  static var all: [CommandSpec] { [claims, spbeAnnex] }

  static let claims = CommandSpec(
    ["audit"], summary: "recompute a published report's figures and explain every one that does not follow",
    arguments: "CLAIMS.json",
    discussion: """
      A claims file lists what a report printed (see Datasets/audit-*.json). Each figure is recomputed from the
      figures it is computed from, compared at its printed precision, and a mismatch is explained where an
      alternative computation proves the cause. Exit 0: consistent; 1: mismatches found; 65: malformed claims file.
      """,
    options: [
      CommonOptions.format(["text", "json", "md", "csv", "html", "xlsx"]), CommonOptions.output, CommonOptions.lang,
      CommonOptions.instruments,
    ],
    minArguments: 1, maxArguments: 1,
    examples: [
      "timbang audit Datasets/audit-banjarnegara-2023.json",
      "timbang audit Datasets/audit-kaltim-2020.json --format json",
    ]
  ) { invocation, console in
    let path = invocation.arguments[0]
    let file = try ClaimsFile.read(ByteSource.readAll(path: path), file: path)
    let result = try Auditor(library: CommandSupport.library(invocation, console)).audit(file)
    try CommandSupport.emit(
      json: result.json, tables: [result.table], text: { result.text(invocation.language) }, invocation, console)
    return result.mismatchCount > 0 ? 1 : 0
  }

  static let spbeAnnex = CommandSpec(
    ["audit", "spbe-annex"], summary: "check every row of a national SPBE results annex by exact reconstruction",
    arguments: "FILE.csv",
    discussion: """
      Columns year,instansi,d1,d2,d3,d4,index,predikat (decimal point or comma). Each row must have domains reachable
      from integer levels, an index that is the rounding of an exact index consistent with them, and the predicate
      of the year's basis (2023: rounded, 2024: unrounded). Only inconsistent rows are reported; exit 1 when any.
      """,
    options: [
      OptionSpec("framework", value: "ID|PATH", help: "index framework (default: spbe-permenpanrb-59-2020)"),
      CommonOptions.delimiter, CommonOptions.format(["text", "json", "md", "csv", "html", "xlsx"]), CommonOptions.output,
      CommonOptions.lang, CommonOptions.instruments,
    ],
    minArguments: 1, maxArguments: 1,
    examples: ["timbang audit spbe-annex Datasets/spbe-annex-sample.csv"]
  ) { invocation, console in
    let library = CommandSupport.library(invocation, console)
    let instrument = try IndexInstrument.load(
      library.load(invocation.value("framework") ?? "spbe-permenpanrb-59-2020", kind: "spbe"))
    let result = try SPBEAnnexAudit.audit(path: invocation.arguments[0], instrument: instrument, dialect: try invocation.dialect())
    try CommandSupport.emit(
      json: result.json, tables: [result.table],
      text: {
        let lines = result.inconsistent.map { "\(invocation.arguments[0]):\($0.line): \($0.year.map(String.init) ?? "") \($0.instansi): \($0.reason)\n" }
        return lines.joined() + (invocation.language == .id
          ? "\(result.rows) baris, \(result.inconsistent.count) tidak konsisten\n"
          : "\(result.rows) rows, \(result.inconsistent.count) inconsistent\n")
      }, invocation, console)
    return result.inconsistent.isEmpty ? 0 : 1
  }
}
