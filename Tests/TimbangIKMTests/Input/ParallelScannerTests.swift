import Foundation
import Testing
import TimbangCore

@testable import TimbangIKM

/// The parallel byte scanner against the sequential reader and a naive reference, on random files.
///
/// Every random file is scanned sequentially (the general RFC 4180 reader), in parallel with several thread counts and
/// forced small ranges and buffers (so ranges and windows split the file at many places), and by ``NaiveTally`` (a
/// deliberately simple reimplementation of the spec's rules); tallies, rows, warnings and errors must agree.
@Suite("Parallel scanning")
struct ParallelScannerTests {
  /// Thread counts × range sizes × buffer sizes the parallel path is run with.
  static let settings: [ScanOptions] = [
    ScanOptions(threads: 1, minimumParallelBytes: 0, rangeBytes: 97, bufferBytes: 256),
    ScanOptions(threads: 2, minimumParallelBytes: 0, rangeBytes: 1, bufferBytes: 160),
    ScanOptions(threads: 3, minimumParallelBytes: 0, rangeBytes: 500, bufferBytes: 4096),
    ScanOptions(threads: 4, minimumParallelBytes: 0, rangeBytes: nil, bufferBytes: 1 << 16),
  ]

  /// Writes `text` to a fresh temporary file.
  static func file(_ bytes: [UInt8], name: String = "survey.csv") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timbang-parallel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Runs a scan, giving its result or its error.
  static func outcome(_ body: () throws -> SurveyScanner.Scan) -> Result<SurveyScanner.Scan, TimbangError> {
    do { return .success(try body()) } catch let error as TimbangError { return .failure(error) } catch {
      return .failure(.internalError("\(error)"))
    }
  }

  static func same(_ a: Result<SurveyScanner.Scan, TimbangError>, _ b: Result<SurveyScanner.Scan, TimbangError>) -> Bool
  {
    switch (a, b) {
    case (.success(let x), .success(let y)):
      return x.tally == y.tally && x.rowsRead == y.rowsRead && x.invalidCells == y.invalidCells
        && x.invalidCellCount == y.invalidCellCount && x.skippedRows == y.skippedRows && x.binding == y.binding
    case (.failure(let x), .failure(let y)): return x == y
    default: return false
    }
  }

  @Test("random files: parallel == sequential == naive reference", arguments: 0..<40)
  func randomFiles(seed: Int) throws {
    let instrument = try Fixtures.instrument()
    var random = SplitMix64(seed: UInt64(seed) &* 7919)
    let shape = RandomSurvey.Shape.random(&random, allowQuotes: seed % 5 == 4)
    let survey = RandomSurvey.make(shape: shape, rows: 40 + Int(random.below(260)), random: &random)
    let path = try Self.file(survey.bytes)
    let missing: MissingPolicy = seed % 3 == 1 ? .listwise : .available
    let scanner = SurveyScanner(instrument: instrument, by: shape.by, missing: missing, invalid: .missing)
    let sequential = Self.outcome { try scanner.scan(table: CSVTable(path: path)) }
    let sequentialScan = try sequential.get()
    let naive = try NaiveTally.tally(
      survey.bytes, instrument: instrument, by: shape.by, missing: missing, delimiter: shape.delimiter)
    #expect(sequentialScan.tally == naive.tally)
    #expect(sequentialScan.rowsRead == naive.rows)
    #expect(sequentialScan.invalidCellCount == naive.invalidCells)
    #expect(sequentialScan.tally.groups.count >= 1)
    for options in Self.settings {
      let parallel = Self.outcome { try scanner.scan(path: path, options: options) }
      #expect(Self.same(parallel, sequential), "options \(options)")
      // Lines longer than a small test buffer send the file to the sequential reader; otherwise the parallel path
      // must have been taken unless the file has quotes or lone-CR line ends.
      let used = try parallel.get().path
      let longLine = SurveyScanner.ScanPath.fallback(
        reason: "a line longer than the \(options.bufferBytes)-byte read buffer")
      if used == longLine && options.bufferBytes < 4096 { continue }
      if shape.quotes {
        #expect(used == .fallback(reason: "a quote (\") in the data"))
      } else if !shape.crOnly {
        if case .parallel = used {} else { Issue.record("expected the parallel path, got \(used) for \(shape)") }
      }
    }
  }

  @Test("the earliest bad record is the error, at its physical line and column", arguments: 0..<24)
  func earliestError(seed: Int) throws {
    let instrument = try Fixtures.instrument()
    var random = SplitMix64(seed: UInt64(seed) &+ 1000)
    var shape = RandomSurvey.Shape.random(&random, allowQuotes: false)
    shape.invalidRate = 0
    shape.labelRate = 0
    var survey = RandomSurvey.make(shape: shape, rows: 150, random: &random)
    // One to three bad records of different kinds at random places.
    for _ in 0..<(1 + Int(random.below(3))) {
      survey.corrupt(row: Int(random.below(UInt64(survey.rowCount))), kind: Int(random.below(4)), shape: shape)
    }
    let path = try Self.file(survey.bytes)
    let scanner = SurveyScanner(instrument: instrument, by: shape.by)
    let sequential = Self.outcome { try scanner.scan(table: CSVTable(path: path)) }
    guard case .failure(let error) = sequential else {
      Issue.record("the corrupted file scanned without error")
      return
    }
    #expect("\(error)".contains(path + ":"))
    for options in Self.settings {
      let parallel = Self.outcome { try scanner.scan(path: path, options: options) }
      #expect(Self.same(parallel, sequential), "options \(options): \(parallel) vs \(error)")
    }
  }

  @Test("under --invalid missing, skipped rows and the first 20 invalid cells are listed in file order")
  func warningsInOrder() throws {
    let instrument = try Fixtures.instrument()
    var text = "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
    for i in 0..<300 {
      if i % 37 == 5 {
        text += "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
      } else if i % 7 == 3 {
        text += "A,9,3,3,x,3,3,3,3,3\n"
      } else {
        text += "B,3,4,3,4,3,4,3,4,1\n"
      }
    }
    let path = try Self.file(Array(text.utf8))
    let scanner = SurveyScanner(instrument: instrument, by: ["unit"], invalid: .missing)
    let sequential = Self.outcome { try scanner.scan(table: CSVTable(path: path)) }
    let scan = try sequential.get()
    #expect(scan.invalidCells.count == 20 && scan.invalidCellCount == 2 * 42)
    #expect(scan.skippedRows.count == 8)
    #expect(scan.skippedRows.first?.en == "\(path):7: row repeats the header, not answers; row skipped")
    #expect(scan.skippedRows.first?.id.hasSuffix("; baris dilewati") == true)
    for options in Self.settings {
      #expect(Self.same(Self.outcome { try scanner.scan(path: path, options: options) }, sequential))
    }
  }

  @Test("counters stay exact past 65,535 rows (16-bit counters flushed into totals)")
  func manyRows() throws {
    let instrument = try Fixtures.instrument()
    let rows = 150_000
    var text = "unit,jenis kelamin,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
    var expected: [String: (respondents: Int, counts: [Int], men: Int)] = [:]
    for i in 0..<rows {
      // Most rows in one unit with answer 4: single counters well past 65,535.
      let unit = i % 10 == 0 ? "U1" : "U0"
      let answer = i % 7 == 0 ? 1 + (i / 7) % 4 : 4
      let gender = i % 5 == 0 ? "L" : "P"
      text += unit + "," + gender + String(repeating: ",\(answer)", count: 9) + "\n"
      var e = expected[unit] ?? (0, [0, 0, 0, 0], 0)
      e.respondents += 1
      e.counts[answer - 1] += 1
      e.men += gender == "L" ? 1 : 0
      expected[unit] = e
    }
    let path = try Self.file(Array(text.utf8))
    let scanner = SurveyScanner(instrument: instrument, by: ["unit"])
    let scans = [
      try scanner.scan(table: CSVTable(path: path)),
      try scanner.scan(path: path, options: ScanOptions(threads: 1, minimumParallelBytes: 0)),
      try scanner.scan(path: path, options: ScanOptions(threads: 2, minimumParallelBytes: 0, rangeBytes: 1 << 16)),
    ]
    #expect((expected["U0"]?.counts[3] ?? 0) > 100_000)
    for scan in scans {
      #expect(scan.rowsRead == rows)
      for (unit, e) in expected {
        let group = try #require(scan.tally.groups[[unit]])
        #expect(group.respondents == e.respondents)
        #expect(group.elements.allSatisfy { $0.counts == e.counts && $0.missing == 0 })
        #expect(group.profiles["gender"]?["L"] == e.men)
      }
    }
  }

  @Test("standard input, small files and quoted files take the sequential reader")
  func paths() throws {
    let instrument = try Fixtures.instrument()
    let scanner = SurveyScanner(instrument: instrument)
    let plain = try Self.file(Array("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n".utf8))
    #expect(try scanner.scan(path: plain).path == .sequential)
    let forced = ScanOptions(threads: 2, minimumParallelBytes: 0)
    #expect(try scanner.scan(path: plain, options: forced).path == .parallel(ranges: 1, threads: 2))
    let quoted = try Self.file(Array("U1,U2,U3,U4,U5,U6,U7,U8,U9\n\"3\",3,3,3,3,3,3,3,3\n".utf8))
    #expect(try scanner.scan(path: quoted, options: forced).path == .fallback(reason: "a quote (\") in the data"))
    let long = try Self.file(
      Array(("U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + "3,3,3,3,3,3,3,3,3" + String(repeating: " ", count: 300) + "\n").utf8))
    let narrow = ScanOptions(threads: 2, minimumParallelBytes: 0, bufferBytes: 64)
    #expect(
      try scanner.scan(path: long, options: narrow).path
        == .fallback(reason: "a line longer than the 64-byte read buffer"))
  }

  @Test("a missing file and a directory give the reader's errors (exit 66)")
  func unreadable() throws {
    let scanner = SurveyScanner(instrument: try Fixtures.instrument())
    let forced = ScanOptions(threads: 2, minimumParallelBytes: 0)
    #expect(
      throws: TimbangError.cannotRead(
        file: "/nonexistent/x.csv", reason: Localized(id: "berkas tidak ada", en: "no such file"))
    ) {
      try scanner.scan(path: "/nonexistent/x.csv", options: forced)
    }
    let dir = FileManager.default.temporaryDirectory.path
    #expect(
      throws: TimbangError.cannotRead(
        file: dir, reason: Localized(id: "merupakan folder, bukan berkas", en: "is a directory"))
    ) {
      try scanner.scan(path: dir, options: forced)
    }
  }

  @Test("range cuts fall just after a newline and cover the data exactly")
  func cuts() throws {
    let text =
      "h\n" + (0..<50).map { "row \($0)," + String(repeating: "x", count: $0 % 9) }.joined(separator: "\n") + "\n"
    let bytes = Array(text.utf8)
    let path = try Self.file(bytes)
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    for target in [1, 3, 10, 64, 1000] {
      let ranges = ParallelScanner.cut(fd: fd, from: 2, to: bytes.count, target: target)
      #expect(ranges.first?.lowerBound == 2 && ranges.last?.upperBound == bytes.count)
      for (a, b) in zip(ranges, ranges.dropFirst()) {
        #expect(a.upperBound == b.lowerBound && bytes[b.lowerBound - 1] == UInt8(ascii: "\n"))
      }
    }
  }

  @Test(
    "interned keys: equal bytes and tag get equal dense ids, and bytes round-trip",
    arguments: [UInt64(1), 2, 3], [false, true])
  func interner(seed: UInt64, directShortKeys: Bool) {
    var random = SplitMix64(seed: seed)
    var interner = KeyInterner(capacity: 4, directShortKeys: directShortKeys)
    struct Key: Hashable {
      var bytes: [UInt8]
      var tag: UInt32
    }
    var expected: [Key: Int] = [:]
    for _ in 0..<5000 {
      // Mostly short keys (the direct table and the cache), some long ones (the table and the arena).
      let length = Int(random.below(5) == 0 ? random.below(40) : random.below(4))
      let key = Key(
        bytes: (0..<length).map { _ in UInt8(truncatingIfNeeded: 97 + random.below(3)) },
        tag: UInt32(random.below(3)))
      // Through the scanners' entry point: a buffer padded past the key's end.
      let padded = key.bytes + Array(repeating: UInt8(truncatingIfNeeded: random.next()), count: 16)
      let id = padded.withUnsafeBufferPointer { buffer -> Int in
        guard let base = buffer.baseAddress else { return -1 }
        return interner.intern(base, key.bytes.count, tag: key.tag)
      }
      if let known = expected[key] {
        #expect(id == known)
      } else {
        #expect(id == expected.count)
        expected[key] = id
      }
    }
    #expect(interner.count == expected.count)
    for (key, id) in expected {
      #expect(interner.bytes(of: id) == key.bytes && interner.tag(of: id) == key.tag)
      #expect(interner.find(key.bytes, tag: key.tag) == id)
    }
    #expect(interner.find(Array("zzz".utf8)) == nil)
  }

  @Test("64-byte classification marks exactly the delimiter and LF, CR, quote bytes", arguments: [UInt64(4), 5, 6])
  func masks(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let alphabet: [UInt8] = Array("a;,\"\r\n 9\t".utf8) + [0x80, 0xFF, 0x0A + 0x80]
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
      let classifier = ByteMasks(delimiter: delimiter)
      for _ in 0..<200 {
        let bytes = (0..<64).map { _ in alphabet[Int(random.below(UInt64(alphabet.count)))] }
        var delimiters: UInt64 = 0
        var stops: UInt64 = 0
        for (i, b) in bytes.enumerated() {
          if b == delimiter { delimiters |= 1 << UInt64(i) }
          if b == 10 || b == 13 || b == 34 { stops |= 1 << UInt64(i) }
        }
        let got = bytes.withUnsafeBytes { $0.baseAddress.map(classifier.classify) }
        #expect(got?.delimiters == delimiters && got?.stops == stops)
        var portable: (UInt64, UInt64) = (0, 0)
        for k in 0..<8 {
          var w: UInt64 = 0
          for j in 0..<8 { w |= UInt64(bytes[8 * k + j]) << UInt64(8 * j) }
          let ones: UInt64 = 0x0101_0101_0101_0101
          portable.0 |= ByteMasks.gather(ByteMasks.zeroBytes(w ^ (ones &* UInt64(delimiter)))) << UInt64(8 * k)
          let s =
            ByteMasks.zeroBytes(w ^ (ones &* 10)) | ByteMasks.zeroBytes(w ^ (ones &* 13))
            | ByteMasks.zeroBytes(w ^ (ones &* 34))
          portable.1 |= ByteMasks.gather(s) << UInt64(8 * k)
        }
        #expect(portable.0 == delimiters && portable.1 == stops)
      }
    }
  }
}

/// A random survey file with a known shape: the features the scanners must agree on.
struct RandomSurvey {
  struct Shape: CustomStringConvertible {
    var delimiter: UInt8 = UInt8(ascii: ",")
    var crlf = false
    var crOnly = false
    var bom = false
    var quotes = false
    var by: [String] = ["unit"]
    var groups = 5
    var blankRate: UInt64 = 5
    var invalidRate: UInt64 = 2
    var labelRate: UInt64 = 10
    var emptyLineRate: UInt64 = 3
    var trailingNewline = true
    /// Unit names longer than 15 bytes (past the run kernel's word cache).
    var longKeys = false
    /// Ages from 15 to 414: more profile values than a group's 8-bit block holds.
    var wideAges = false
    /// Column order: element columns named by code or alias, shuffled among the others.
    var columns: [String] = []

    var description: String {
      "delimiter \(Character(Unicode.Scalar(delimiter))) crlf \(crlf) crOnly \(crOnly) bom \(bom) quotes \(quotes) by \(by)"
    }

    static func random(_ random: inout SplitMix64, allowQuotes: Bool) -> Shape {
      var s = Shape()
      s.delimiter = random.below(3) == 0 ? UInt8(ascii: ";") : UInt8(ascii: ",")
      s.crlf = random.below(2) == 0
      s.crOnly = !s.crlf && random.below(8) == 0
      s.bom = random.below(3) == 0
      s.quotes = allowQuotes
      s.by = [[], ["unit"], ["unit"], ["unit", "periode"]][Int(random.below(4))]
      s.groups = [1, 3, 40, 400][Int(random.below(4))]
      s.blankRate = random.below(12)
      s.invalidRate = random.below(4)
      s.labelRate = random.below(30)
      s.emptyLineRate = random.below(5)
      s.trailingNewline = random.below(4) != 0
      let elements =
        random.below(2) == 0
        ? ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
        : [
          "Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Layanan", "Kompetensi Pelaksana",
          "Perilaku Pelaksana", "Penanganan Pengaduan", "Sarana",
        ]
      let others = shuffled(["unit", "periode", "jenis kelamin", "usia", "catatan"], &random)
      if random.below(2) == 0 {
        // Answer columns side by side (the scanner's fixed-offset path), in a shuffled order, somewhere in the row.
        let at = Int(random.below(UInt64(others.count + 1)))
        s.columns = Array(others[..<at]) + shuffled(elements, &random) + Array(others[at...])
      } else {
        s.columns = shuffled(elements + others, &random)
      }
      return s
    }

    /// Fisher–Yates with the seeded stream.
    static func shuffled(_ values: [String], _ random: inout SplitMix64) -> [String] {
      var values = values
      for i in stride(from: values.count - 1, to: 0, by: -1) {
        values.swapAt(i, Int(random.below(UInt64(i + 1))))
      }
      return values
    }
  }

  /// A shape the run kernel takes (the answer run ends the record), in element order or shuffled, with LF (mostly) or
  /// CR LF line ends, and the features that send single records to the general path: blanks, labels, invalid answers,
  /// empty lines.
  static func kernelShape(_ random: inout SplitMix64, elements: [String]) -> Shape {
    var s = Shape.random(&random, allowQuotes: false)
    s.crlf = random.below(6) == 0
    s.crOnly = false
    s.invalidRate = random.below(3)
    s.labelRate = random.below(8)
    s.longKeys = random.below(3) == 0
    s.wideAges = random.below(3) == 0
    let others = Shape.shuffled(["unit", "periode", "jenis kelamin", "usia", "catatan"], &random)
    s.columns = others + (random.below(3) == 0 ? Shape.shuffled(elements, &random) : elements)
    return s
  }

  var bytes: [UInt8] = []
  var shape: Shape
  /// Byte offset where each data row starts (rows are whole lines, without quoted newlines when corrupted).
  var rowStarts: [Int] = []
  var rowCount: Int { rowStarts.count }

  static let labels = [
    "Sangat Baik", "Tidak Puas", "kurang", "baik", "d", "a", " 3 ", "Gratis", "Tidak ada", "Sangat sesuai",
  ]

  static func make(shape: Shape, rows: Int, random: inout SplitMix64) -> RandomSurvey {
    var survey = RandomSurvey(shape: shape)
    let d = Character(Unicode.Scalar(shape.delimiter))
    let newline = shape.crlf ? "\r\n" : shape.crOnly ? "\r" : "\n"
    if shape.bom { survey.bytes += [0xEF, 0xBB, 0xBF] }
    survey.bytes += Array((shape.columns.map { String($0) }.joined(separator: String(d)) + newline).utf8)
    for r in 0..<rows {
      if shape.emptyLineRate > 0 && random.below(40) < shape.emptyLineRate {
        survey.bytes += Array((shape.crlf ? "\r\n" : "\n").utf8)
      }
      let blankRow = random.below(50) == 0
      var cells: [String] = []
      for column in shape.columns {
        switch column {
        case "unit":
          let g = random.below(UInt64(shape.groups))
          let name = shape.longKeys ? "Unit Pelayanan Terpadu \(g)" : "Unit \(g)"
          cells.append((random.below(10) == 0 ? " " : "") + name)
        case "periode": cells.append("2024-\(1 + random.below(2))")
        case "jenis kelamin": cells.append(["Laki-laki", "Perempuan", "", " Perempuan"][Int(random.below(4))])
        case "usia": cells.append(random.below(10) == 0 ? "" : String(15 + random.below(shape.wideAges ? 400 : 60)))
        case "catatan":
          if shape.quotes && random.below(6) == 0 {
            cells.append("\"baik, cepat\(random.below(2) == 0 ? "\n" : "")\"\"ok\"\"\"")
          } else {
            cells.append(random.below(3) == 0 ? "" : "c\(r)")
          }
        default:
          let x = random.below(100)
          if blankRow || x < shape.blankRate {
            cells.append(random.below(5) == 0 ? " " : "")
          } else if x < shape.blankRate + shape.invalidRate {
            cells.append(["9", "x", "0", "3.5"][Int(random.below(4))])
          } else if x < shape.blankRate + shape.invalidRate + shape.labelRate {
            let label = labels[Int(random.below(UInt64(labels.count)))]
            cells.append(label)
          } else if shape.delimiter == UInt8(ascii: ";") && random.below(30) == 0 {
            cells.append("4,0")
          } else {
            cells.append(String(1 + random.below(4)))
          }
        }
      }
      survey.rowStarts.append(survey.bytes.count)
      let last = r == rows - 1 && !shape.trailingNewline
      survey.bytes += Array((cells.joined(separator: String(d)) + (last ? "" : newline)).utf8)
    }
    return survey
  }

  /// Replaces data row `row` with a bad record: an answer outside 1–4, a ragged row, a repeated header, or a row of
  /// column numbers.
  mutating func corrupt(row: Int, kind: Int, shape: Shape) {
    let start = rowStarts[row]
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") { end += 1 }
    let d = String(Character(Unicode.Scalar(shape.delimiter)))
    let replacement: String
    switch kind {
    case 0:
      replacement = shape.columns.map { $0 == "unit" ? "Unit 1" : $0.hasPrefix("U") || $0.count > 8 ? "5" : "" }
        .joined(separator: d)
    case 1: replacement = Array(repeating: "3", count: shape.columns.count + 1).joined(separator: d)
    case 2: replacement = shape.columns.joined(separator: d)
    default: replacement = (1...shape.columns.count).map(String.init).joined(separator: d)
    }
    bytes.replaceSubrange(start..<end, with: Array(replacement.utf8))
    let shift = replacement.utf8.count - (end - start)
    for i in rowStarts.indices where i > row { rowStarts[i] += shift }
  }
}

/// A deliberately naive implementation of the tallying rules (`shared/spec/ikm.md`), for the property tests: split
/// the whole text into records with a textbook RFC 4180 state machine, then apply the rules to each record.
enum NaiveTally {
  static func records(_ bytes: [UInt8], delimiter: UInt8) -> [[String]] {
    var text = bytes
    if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
    var records: [[String]] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var inQuotes = false
    var fieldStart = true
    var i = 0
    func endRecord() {
      fields.append(String(decoding: field, as: UTF8.self))
      records.append(fields)
      fields = []
      field = []
      fieldStart = true
    }
    while i < text.count {
      let b = text[i]
      if inQuotes {
        if b == UInt8(ascii: "\"") {
          if i + 1 < text.count && text[i + 1] == UInt8(ascii: "\"") {
            field.append(b)
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          field.append(b)
        }
      } else if b == UInt8(ascii: "\"") && fieldStart {
        inQuotes = true
        fieldStart = false
      } else if b == delimiter {
        fields.append(String(decoding: field, as: UTF8.self))
        field = []
        fieldStart = true
      } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
        if b == UInt8(ascii: "\r") && i + 1 < text.count && text[i + 1] == UInt8(ascii: "\n") { i += 1 }
        if !(fields.isEmpty && field.isEmpty && fieldStart) { endRecord() }
      } else {
        field.append(b)
        fieldStart = false
      }
      i += 1
    }
    if !(fields.isEmpty && field.isEmpty && fieldStart) { endRecord() }
    return records
  }

  struct Result {
    var tally: SKMTally
    var rows: Int
    var invalidCells: Int
  }

  static func tally(
    _ bytes: [UInt8], instrument: SKMInstrument, by: [String], missing: MissingPolicy, delimiter: UInt8
  ) throws -> Result {
    let all = records(bytes, delimiter: delimiter)
    let header = all[0].map { $0.trimmingWhitespace }
    let binding = try ColumnBinding.bind(header: header, instrument: instrument, by: by, file: "naive")
    let decoder = AnswerDecoder(instrument: instrument)
    var tally = SKMTally(instrument: instrument.id, by: by, missingPolicy: missing)
    var invalidCells = 0
    for row in all.dropFirst() {
      let answers = binding.elementColumns.enumerated().map { e, c in
        decoder.decode(ArraySlice(row[c].utf8), element: e)
      }
      if answers.allSatisfy({ $0 == .blank }) { continue }
      invalidCells += answers.filter { $0 == .invalid }.count
      let complete = answers.allSatisfy { if case .score = $0 { return true } else { return false } }
      if missing == .listwise && !complete {
        tally.listwiseDropped += 1
        continue
      }
      let key = binding.groupColumns.map { row[$0].trimmingWhitespace }
      var group =
        tally.groups[key]
        ?? GroupTally(key: key, elementCount: instrument.elements.count, scaleCount: instrument.scale.count)
      group.respondents += 1
      for (e, a) in answers.enumerated() {
        switch a {
        case .score(let s): group.elements[e].counts[s - instrument.scale.min] += 1
        case .blank: group.elements[e].missing += 1
        case .invalid: group.elements[e].invalid += 1
        }
      }
      for p in binding.profileColumns {
        let raw = row[p.column].trimmingWhitespace
        if raw.isEmpty { continue }
        var value = raw
        if let bands = p.profile.ageBands, let age = Double(raw) {
          value =
            bands.first { ($0.lower.map { age >= $0 } ?? true) && ($0.upper.map { age < $0 } ?? true) }?.label ?? raw
        }
        group.profiles[p.profile.key, default: [:]][value, default: 0] += 1
      }
      tally.groups[key] = group
    }
    return Result(tally: tally, rows: all.count - 1, invalidCells: invalidCells)
  }
}
