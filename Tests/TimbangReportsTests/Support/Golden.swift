import Foundation
import Testing

/// Golden-file comparison: `Tests/TimbangReportsTests/Golden/NAME` holds the expected output. Setting
/// `TIMBANG_RECORD_GOLDEN=1` rewrites the files **and fails the run**, so a recording never passes silently; run
/// again without the variable to check.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var recording: Bool { ProcessInfo.processInfo.environment["TIMBANG_RECORD_GOLDEN"] == "1" }

  static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = directory.appendingPathComponent(name)
    if recording {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record(
          "recorded golden file \(name); run again without TIMBANG_RECORD_GOLDEN to check it",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot record golden file \(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record(
        "missing golden file \(name); record it with TIMBANG_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
    Issue.record(
      """
      golden file \(name) differs at line \(line + 1):
        expected: \(line < e.count ? e[line] : "<end of file>")
        actual:   \(line < a.count ? a[line] : "<end of file>")
      (re-record with TIMBANG_RECORD_GOLDEN=1 if the change is intended)
      """, sourceLocation: sourceLocation)
  }
}
