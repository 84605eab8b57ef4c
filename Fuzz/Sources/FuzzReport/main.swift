import Foundation
import FuzzSupport
import TimbangCLI
import TimbangCore

/// A folder holding links to every file of `Datasets/`, where each report file is written (its section paths are
/// relative to it).
private let folder: String = {
  let path = NSTemporaryDirectory() + "timbang-fuzz-report-\(getpid())"
  do {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: Fuzz.root + "/Datasets") {
      try? FileManager.default.createSymbolicLink(
        atPath: path + "/" + name, withDestinationPath: Fuzz.root + "/Datasets/" + name)
    }
  } catch {
    fatalError("fuzz setup: \(error)")
  }
  return path
}()

/// A report file (`timbang report`), run in process through the whole command line: every section's command, the
/// annex document in Markdown or HTML. Exit 70 (an internal error) is a finding like a crash.
func fuzzReport(_ bytes: [UInt8]) {
  let path = folder + "/report.json"
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
  let format = bytes.count % 2 == 0 ? ["--format", "md"] : ["-o", folder + "/out.html"]
  let memory = MemoryConsole()
  let status = Timbang.run(
    ["report", path, "--instruments", Fuzz.root + "/Instruments"] + format, console: memory.console)
  if status == 70 { fatalError("FINDING: exit 70: \(memory.errors)") }
}

Fuzz.main(fuzzReport)
