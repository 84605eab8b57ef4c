import TimbangAudit
import TimbangCore
import TimbangReports

/// `timbang audit CLAIMS.json` and `timbang audit spbe-annex FILE.csv`.
enum AuditCommands {
  static var all: [CommandSpec] { [claims] }

  static let claims = CommandSpec(
    ["audit"], summary: "recompute a published report's figures and explain every one that does not follow",
    arguments: "CLAIMS.json",
    discussion: """
      A claims file lists what a report printed (see Datasets/audit-*.json). Each figure is recomputed from the
      figures it is computed from, compared at its printed precision, and a mismatch is explained where an
      alternative computation proves the cause. Exit 0: consistent; 1: mismatches found; 65: malformed claims file.
      """,
    options: [
      CommonOptions.format(["text", "json", "md", "csv"]), CommonOptions.output, CommonOptions.lang,
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
}
