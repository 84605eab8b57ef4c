import Testing

@testable import TimbangCore

@Suite("CSV reader")
struct CSVReaderTests {
  func records(_ text: String, dialect: CSVDialect? = nil) throws -> [[String]] {
    let reader = CSVReader(bytes: Array(text.utf8), fileName: "t.csv", dialect: dialect)
    var record = CSVRecord()
    var out: [[String]] = []
    while try reader.next(into: &record) { out.append(record.strings) }
    return out
  }

  @Test(
    "RFC 4180 records",
    arguments: [
      ("a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
      ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
      ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
      ("\u{FEFF}a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
      ("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", [["a", "b"], ["x,y", "say \"hi\""]]),
      ("a,b\n\"line\nbreak\",2\n", [["a", "b"], ["line\nbreak", "2"]]),
      ("a,b\n\n1,\n", [["a", "b"], ["1", ""]]),
      ("a;b\n1,5;2\n", [["a", "b"], ["1,5", "2"]]),
      ("a\tb\n1\t2\n", [["a", "b"], ["1", "2"]]),
      ("a,b\n5\" screen,2\n", [["a", "b"], ["5\" screen", "2"]]),
    ])
  func parse(text: String, expected: [[String]]) throws {
    #expect(try records(text) == expected)
  }

  @Test("line numbers count physical lines, including quoted newlines")
  func lines() throws {
    let reader = CSVReader(bytes: Array("h\n\"a\nb\"\n\nc\n".utf8), fileName: "t.csv")
    var record = CSVRecord()
    var lines: [Int] = []
    while try reader.next(into: &record) { lines.append(record.line) }
    #expect(lines == [1, 2, 5])
  }

  @Test("an unbalanced quote is located at the record's first line")
  func unbalanced() throws {
    #expect(
      throws: TimbangError.badInput(
        SourceLocation(file: "t.csv", line: 3),
        Localized(
          id: "tanda kutip tidak seimbang: kolom bertanda kutip yang dibuka di sini tidak pernah ditutup",
          en: "unbalanced quote: a quoted field opened here never closes"))
    ) {
      try records("a,b\n1,2\n\"3,4\n5,6\n")
    }
  }

  @Test("text after a closing quote is an error")
  func textAfterQuote() throws {
    #expect(throws: TimbangError.self) { try records("a,b\n\"x\"y,2\n") }
  }

  @Test("ragged rows are errors naming the line, never padded")
  func ragged() throws {
    let table = try CSVTable(reader: CSVReader(bytes: Array("a,b,c\n1,2,3\n1,2\n".utf8), fileName: "r.csv"))
    var record = CSVRecord()
    #expect(try table.next(into: &record))
    #expect(
      throws: TimbangError.badInput(
        SourceLocation(file: "r.csv", line: 3),
        Localized(
          id: "baris berisi 2 kolom, sedangkan baris judul berisi 3", en: "row has 2 fields but the header has 3"))
    ) {
      try table.next(into: &record)
    }
  }

  @Test("an empty file has no header")
  func empty() throws {
    #expect(throws: TimbangError.self) { try CSVTable(reader: CSVReader(bytes: [], fileName: "e.csv")) }
  }

  @Test(
    "the delimiter is sniffed from the header line",
    arguments: [("a,b;c,d\n", UInt8(ascii: ",")), ("a;b;c\n", UInt8(ascii: ";")), ("a\tb\n", UInt8(ascii: "\t")), ("\"a;b\",c\n", UInt8(ascii: ",")), ("abc\n", UInt8(ascii: ","))])
  func sniff(header: String, delimiter: UInt8) {
    #expect(CSVReader(bytes: Array(header.utf8), fileName: "s.csv").dialect.delimiter == delimiter)
  }

  @Test(
    "numbers as people write them",
    arguments: [
      ("1.054,5", true, 1054.5 as Double?), ("84,39", true, 84.39), ("1.054", true, 1054), ("3.50", true, 3.5),
      ("1.054.804", true, 1_054_804), ("84.39", false, 84.39), ("1,054", false, nil), ("abc", false, nil),
      ("-2,5", true, -2.5), ("64,03%", true, 64.03), ("", false, nil), ("inf", false, nil), ("0x10", false, nil),
    ])
  func numbers(text: String, decimalComma: Bool, expected: Double?) {
    #expect(NumberParsing.parse(text, decimalComma: decimalComma) == expected)
  }
}
