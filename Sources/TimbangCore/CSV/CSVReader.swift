/// A streaming RFC 4180 CSV reader over bytes: UTF-8 with an optional BOM, LF or CRLF line ends, quoted fields
/// with doubled quotes and embedded delimiters or newlines.
///
/// Reads its source in 1 MiB blocks into one reused buffer, so memory stays constant whatever the file size.
///
/// Edge Cases:
/// - A quoted field that never closes is an error located at the line where its record starts.
/// - Text after a closing quote (`"ab"c`) is an error; a quote inside an unquoted field is kept as a character.
/// - Empty physical lines are skipped.
/// - A record longer than ``maximumRecordBytes`` is refused rather than exhausting memory.
/// - Ragged rows are *not* padded here; ``CSVTable`` rejects them.
public final class CSVReader {
  /// The longest record accepted (64 MiB).
  public static let maximumRecordBytes = 64 << 20

  public let fileName: String
  public private(set) var dialect: CSVDialect
  private let source: ByteSource?
  private var buffer: [UInt8]
  private var position = 0
  private var exhausted: Bool
  private var line = 1

  /// Reads `source`; the delimiter is sniffed from the first line unless `dialect` is given.
  public init(source: ByteSource, dialect: CSVDialect? = nil) throws {
    self.source = source
    self.fileName = source.name
    self.buffer = []
    self.exhausted = false
    self.dialect = dialect ?? .comma
    try fill()
    skipBOM()
    if dialect == nil { try sniff() }
  }

  /// Reads in-memory bytes (tests, standard input already read).
  public init(bytes: [UInt8], fileName: String, dialect: CSVDialect? = nil) {
    self.source = nil
    self.fileName = fileName
    self.buffer = bytes
    self.exhausted = true
    self.dialect = dialect ?? .comma
    skipBOM()
    if dialect == nil {
      let end = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
      self.dialect = CSVDialect.sniff(headerLine: buffer[position..<end])
    }
  }

  private func skipBOM() {
    if buffer.count - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB,
      buffer[position + 2] == 0xBF
    {
      position += 3
    }
  }

  private func sniff() throws {
    while !exhausted, buffer[position...].firstIndex(of: UInt8(ascii: "\n")) == nil,
      buffer.count - position < (1 << 20)
    {
      try fill()
    }
    let end = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
    dialect = CSVDialect.sniff(headerLine: buffer[position..<end])
  }

  /// Reads one more block; drops consumed bytes first.
  private func fill() throws {
    guard !exhausted, let source else {
      exhausted = true
      return
    }
    if position > 0 {
      buffer.removeFirst(position)
      position = 0
    }
    if try source.read(into: &buffer, count: 1 << 20) == 0 { exhausted = true }
  }

  @inline(__always) private func peek() throws -> UInt8? {
    if position < buffer.count { return buffer[position] }
    if exhausted { return nil }
    try fill()
    return position < buffer.count ? buffer[position] : nil
  }

  private func tooLong(_ record: CSVRecord) -> TimbangError {
    .badInput(
      SourceLocation(file: fileName, line: record.line),
      Localized(
        id: "baris data lebih panjang dari \(CSVReader.maximumRecordBytes >> 20) MiB (benarkah berkas ini CSV?)",
        en: "record is longer than \(CSVReader.maximumRecordBytes >> 20) MiB (is the file a CSV?)"))
  }

  /// Reads the next record into `record`; returns `false` at the end of input.
  public func next(into record: inout CSVRecord) throws -> Bool {
    let quote = UInt8(ascii: "\"")
    let cr = UInt8(ascii: "\r")
    let lf = UInt8(ascii: "\n")
    let delimiter = dialect.delimiter
    // Skip empty lines.
    while let byte = try peek(), byte == lf || byte == cr {
      position += 1
      if byte == lf { line += 1 } else if try peek() != lf { line += 1 }
    }
    guard try peek() != nil else { return false }
    record.reset(line: line)
    var fieldStart = true
    while true {
      if record.storage.count > CSVReader.maximumRecordBytes { throw tooLong(record) }
      guard let byte = try peek() else {
        record.ends.append(record.storage.count)
        return true
      }
      if fieldStart && byte == quote {
        position += 1
        // Quoted field.
        while true {
          guard let b = try peek() else {
            throw TimbangError.badInput(
              SourceLocation(file: fileName, line: record.line),
              Localized(
                id: "tanda kutip tidak seimbang: kolom bertanda kutip yang dibuka di sini tidak pernah ditutup",
                en: "unbalanced quote: a quoted field opened here never closes"))
          }
          position += 1
          if b == quote {
            if try peek() == quote {
              position += 1
              record.storage.append(quote)
            } else {
              break
            }
          } else {
            if b == lf { line += 1 }
            record.storage.append(b)
            if record.storage.count > CSVReader.maximumRecordBytes { throw tooLong(record) }
          }
        }
        let after = try peek()
        if let after, after != delimiter, after != cr, after != lf {
          throw TimbangError.badInput(
            SourceLocation(file: fileName, line: line, column: "field \(record.ends.count + 1)"),
            Localized(
              id: "ada teks tak terduga setelah tanda kutip penutup", en: "unexpected text after a closing quote"))
        }
        fieldStart = false
        continue
      }
      if byte == delimiter {
        position += 1
        record.ends.append(record.storage.count)
        fieldStart = true
        continue
      }
      if byte == lf || byte == cr {
        position += 1
        if byte == cr, try peek() == lf { position += 1 }
        line += 1
        record.ends.append(record.storage.count)
        return true
      }
      position += 1
      record.storage.append(byte)
      fieldStart = false
    }
  }
}
