import Foundation
import Testing
import TimbangCLI
import TimbangCore
import TimbangInstruments

/// Every file under `Instruments/` loads and validates with its kind's loader.
@Suite("Instrument files")
struct InstrumentFilesTests {
  static var files: [String] {
    let dir = BinaryRunner.path("Instruments")
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test("each bundled instrument validates", arguments: files)
  func validates(name: String) throws {
    let file = try InstrumentLibrary(directory: BinaryRunner.path("Instruments")).load(BinaryRunner.path("Instruments/\(name)"))
    #expect(file.header.schemaVersion == 1)
    #expect(name == file.header.id + ".json")
    #expect(!file.header.provenance.isEmpty && !file.header.source.isEmpty)
    try InstrumentKinds.validate(file)
  }

  @Test("the bundled folder is found beside the executable and every file is listed")
  func listed() throws {
    let r = try BinaryRunner.run(["instruments", "--format", "json"])
    #expect(r.status == 0)
    let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    #expect(list.compactMap { $0["id"] as? String }.map { $0 + ".json" } == Self.files)
    #expect(try BinaryRunner.run(["instruments", "check"] + Self.files.map { "Instruments/" + $0 }).status == 0)
  }

  @Test("an unknown instrument kind or a broken file is rejected with its JSON path")
  func broken() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let path = dir.appendingPathComponent("x.json").path
    try #"{"schemaVersion": 1, "id": "x", "kind": "tarot", "title": "t", "source": "s", "version": "1", "provenance": "p"}"#
      .write(toFile: path, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["instruments", "check", path, "--lang", "en"])
    #expect(r.status == 65 && r.stderr.contains("x.json: $.kind: invalid instrument: unknown kind \"tarot\""))
    try #"{"schemaVersion": 1, "id": "x""#.write(toFile: path, atomically: true, encoding: .utf8)
    let s = try BinaryRunner.run(["instruments", "check", path, "--lang", "en"])
    #expect(s.status == 65 && s.stderr.contains("x.json: $: invalid instrument"))
  }
}
