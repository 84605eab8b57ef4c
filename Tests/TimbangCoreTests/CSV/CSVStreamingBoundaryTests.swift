import Foundation
import Testing

@testable import TimbangCore

/// The streaming reader refills its buffer every 1 MiB; a CR LF, a doubled quote or a closing quote split across
/// that boundary must read exactly as in memory. (The fuzz target `FuzzCSV` compares the two paths on small inputs,
/// which never reach a refill.)
@Suite("CSV reader: streaming across block boundaries")
struct CSVStreamingBoundaryTests {
  static let block = 1 << 20

  static let patterns = ["\r\n", "\"\"", "\",", "\"\r\n", "\n\n", ",\""]

  @Test(
    "a pattern straddling the 1 MiB refill reads as in memory", arguments: patterns, [-1, 0, 1])
  func straddle(pattern: String, shift: Int) throws {
    // header, then one quoted field padded so that `pattern` starts at block + shift - 1.
    let header = "a,b\n"
    let lead = header + "\"x"
    let padding = String(repeating: "y", count: Self.block + shift - 1 - lead.utf8.count)
    let text = lead + padding + pattern + "tail\",2\n3,4\n"
    let bytes = Array(text.utf8)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "timbang-block-\(UUID().uuidString).csv"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try OutputWriter.write(bytes, to: path)
    let memory = Self.records { CSVReader(bytes: bytes, fileName: path) }
    let streamed = Self.records { try CSVReader(source: ByteSource(path: path)) }
    #expect(memory == streamed)
  }

  /// Every record as `line: [field][field]`, or the error.
  static func records(_ open: () throws -> CSVReader) -> [String] {
    var out: [String] = []
    do {
      let reader = try open()
      var record = CSVRecord()
      while try reader.next(into: &record) {
        out.append(
          "\(record.line): " + record.strings.map { "[\($0.count):\($0.suffix(8))]" }.joined())
      }
    } catch {
      out.append("error: \(error)")
    }
    return out
  }
}
