import Foundation
import Testing

/// `timbang datasets generate`, then `timbang skm score` on what it wrote: the parallel path end to end.
@Suite("timbang datasets (end to end)")
struct DatasetCommandTests {
  @Test("generate is deterministic; stdout and -o give the same bytes")
  func deterministic() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("s.csv").path
    let a = try BinaryRunner.run([
      "datasets", "generate", "--respondents", "3", "--units", "2", "--seed", "7", "-o", file,
    ])
    #expect(a.status == 0 && a.stdout.isEmpty)
    let b = try BinaryRunner.run(["datasets", "generate", "--respondents", "3", "--units", "2", "--seed", "7"])
    #expect(b.status == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == b.stdout)
    #expect(
      b.stdout.hasPrefix(
        "unit,period,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9\nUPT-002,2024-Q4,L,63,"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.csv"])
  }

  @Test("scoring a generated survey: --threads 1 equals --threads 2 equals standard input (sequential)")
  func threads() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("survey.csv").path
    // About 2 MB: above the size where the parallel path starts.
    let g = try BinaryRunner.run([
      "datasets", "generate", "--respondents", "40000", "--units", "25", "--seed", "3", "-o", file,
    ])
    #expect(g.status == 0)
    let one = try BinaryRunner.run(["skm", "score", file, "--by", "unit", "--format", "json", "--threads", "1"])
    let two = try BinaryRunner.run(["skm", "score", file, "--by", "unit", "--format", "json", "--threads", "2"])
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
    let stdin = try BinaryRunner.run(
      ["skm", "score", "-", "--by", "unit", "--format", "json"],
      stdin: try String(contentsOfFile: file, encoding: .utf8))
    #expect(
      stdin.stdout.replacingOccurrences(of: "\"inputs\": [\"-\"]", with: "\"inputs\": [\"\(file)\"]") == one.stdout)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
    #expect((object["groups"] as? [Any])?.count == 25)
    #expect((object["total"] as? [String: Any])?["respondents"] as? Int == 40000)
    #expect(object["rowsRead"] as? Int == 40000)
    // No progress output when standard error is not a terminal.
    #expect(two.stderr.isEmpty)
  }

  @Test("a bad answer deep in a large file is reported at its line by the parallel path")
  func errorLine() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("survey.csv")
    let g = try BinaryRunner.run(["datasets", "generate", "--respondents", "40000", "--units", "5", "--seed", "4"])
    var lines = g.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[30001] = "UPT-001,2024-Q1,L,30,SMA,PNS,4,4,7,4,4,4,4,4,4"
    lines[35001] = "UPT-001,2024-Q1,L,30,SMA,PNS,4,4,9,4,4,4,4,4,4"
    try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    let output = dir.appendingPathComponent("out.json").path
    for threads in ["1", "2"] {
      let r = try BinaryRunner.run(["skm", "score", file.path, "--threads", threads, "-o", output])
      #expect(r.status == 65)
      // Indonesian by default.
      #expect(r.stderr.contains("survey.csv:30002:U3: jawaban \"7\" di luar rentang 1–4"), "stderr: \(r.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output))
    }
  }

  @Test(
    "bad options",
    arguments: [
      (["datasets", "generate"], 64, "--respondents N is required"),
      (["datasets", "generate", "--respondents", "-5"], 64, "below 0"),
      (["datasets", "generate", "--respondents", "5", "--units", "0"], 64, "--units"),
      (["datasets", "generate", "--respondents", "5", "--seed", "x"], 64, "--seed"),
      (["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--threads", "0"], 64, "--threads"),
      (["datasets", "generate", "--respondents", "5", "-o", "/nonexistent-folder/x.csv"], 73, "does not exist"),
    ])
  func badOptions(arguments: [String], status: Int32, message: String) throws {
    let r = try BinaryRunner.run(arguments + ["--lang", "en"])
    #expect(r.status == status)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
  }
}
