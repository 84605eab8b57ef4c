/// A small strict JSON parser that keeps number literals as written (`69.40` stays `"69.40"`).
///
/// Strict: no comments, trailing commas, `NaN` or duplicate keys in one object (a claims file with two `printed`
/// values would otherwise be audited against whichever one a reader happens to keep).
///
/// Errors are ``TimbangError/badInput(_:_:)`` naming the file, line and what was expected.
public struct JSONParser {
  private let bytes: [UInt8]
  private let fileName: String
  private var i = 0
  private var depth = 0

  public static func parse(_ bytes: [UInt8], fileName: String) throws -> JSONValue {
    var parser = JSONParser(bytes: bytes, fileName: fileName)
    if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
    parser.skipSpace()
    let value = try parser.value()
    parser.skipSpace()
    guard parser.i == parser.bytes.count else {
      throw parser.error(Localized(id: "ada teks lain setelah nilai JSON", en: "unexpected text after the JSON value"))
    }
    return value
  }

  public static func parse(_ text: String, fileName: String = "<json>") throws -> JSONValue {
    try parse(Array(text.utf8), fileName: fileName)
  }

  private init(bytes: [UInt8], fileName: String) {
    self.bytes = bytes
    self.fileName = fileName
  }

  /// The words that start every syntax error: `malformed JSON: expected ',' or '}'`.
  public static let malformed = Localized(id: "format JSON salah", en: "malformed JSON")

  private static let unexpectedCharacter = Localized(id: "karakter tidak terduga", en: "unexpected character")

  private func error(_ message: Localized) -> TimbangError {
    let line = bytes[..<min(i, bytes.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    return .badInput(
      SourceLocation(file: fileName, line: line),
      Localized(id: "\(Self.malformed.id): \(message.id)", en: "\(Self.malformed.en): \(message.en)"))
  }

  private mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
  }

  private mutating func value() throws -> JSONValue {
    guard i < bytes.count else {
      throw error(Localized(id: "masukan berakhir sebelum waktunya", en: "unexpected end of input"))
    }
    depth += 1
    defer { depth -= 1 }
    guard depth < 512 else { throw error(Localized(id: "susunan bersarang terlalu dalam", en: "nesting too deep")) }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try keyword("true", .bool(true))
    case UInt8(ascii: "f"): return try keyword("false", .bool(false))
    case UInt8(ascii: "n"): return try keyword("null", .null)
    default: return try number()
    }
  }

  private mutating func keyword(_ word: String, _ value: JSONValue) throws -> JSONValue {
    let w = Array(word.utf8)
    guard bytes.count - i >= w.count, Array(bytes[i..<i + w.count]) == w else {
      throw error(Self.unexpectedCharacter)
    }
    i += w.count
    return value
  }

  private mutating func object() throws -> JSONValue {
    i += 1
    var pairs: [(String, JSONValue)] = []
    var keys = Set<String>()
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      return .object(pairs)
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
        throw error(Localized(id: "seharusnya kunci dalam tanda kutip", en: "expected a key in quotes"))
      }
      let key = try string()
      // Two values for one key: which one a reader takes is unspecified, so neither is guessed.
      guard keys.insert(key).inserted else {
        throw error(Localized(id: "kunci \"\(key)\" ganda", en: "duplicate key \"\(key)\""))
      }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
        throw error(Localized(id: "seharusnya ':' setelah kunci \"\(key)\"", en: "expected ':' after key \"\(key)\""))
      }
      i += 1
      skipSpace()
      pairs.append((key, try value()))
      skipSpace()
      guard i < bytes.count else {
        throw error(Localized(id: "masukan berakhir di tengah objek", en: "unexpected end of input in an object"))
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(pairs)
      }
      throw error(Localized(id: "seharusnya ',' atau '}'", en: "expected ',' or '}'"))
    }
  }

  private mutating func array() throws -> JSONValue {
    i += 1
    var items: [JSONValue] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      guard i < bytes.count else {
        throw error(Localized(id: "masukan berakhir di tengah array", en: "unexpected end of input in an array"))
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      throw error(Localized(id: "seharusnya ',' atau ']'", en: "expected ',' or ']'"))
    }
  }

  private mutating func string() throws -> String {
    i += 1
    var out: [UInt8] = []
    while true {
      guard i < bytes.count else { throw error(Localized(id: "string tidak ditutup", en: "unterminated string")) }
      let b = bytes[i]
      i += 1
      if b == UInt8(ascii: "\"") { break }
      if b < 0x20 {
        throw error(Localized(id: "ada karakter kendali di dalam string", en: "control character in a string"))
      }
      if b != UInt8(ascii: "\\") {
        out.append(b)
        continue
      }
      guard i < bytes.count else {
        throw error(Localized(id: "urutan escape tidak lengkap", en: "unterminated escape"))
      }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "u"):
        var code = try hex4()
        // A high surrogate pairs with a following low surrogate escape; an unpaired one becomes U+FFFD (and the
        // escape after it is read on its own).
        if (0xD800..<0xDC00).contains(code), bytes.count - i >= 6, bytes[i] == UInt8(ascii: "\\"),
          bytes[i + 1] == UInt8(ascii: "u"),
          let low = JSONParser.hexValue(bytes[(i + 2)..<(i + 6)]),
          (0xDC00..<0xE000).contains(low)
        {
          i += 6
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        out.append(contentsOf: Array(String(scalar).utf8))
      default: throw error(Localized(id: "urutan escape tidak dikenal", en: "unknown escape"))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private mutating func hex4() throws -> UInt32 {
    guard bytes.count - i >= 4, let v = JSONParser.hexValue(bytes[i..<i + 4]) else {
      throw error(Localized(id: "escape \\u tidak sah", en: "bad \\u escape"))
    }
    i += 4
    return v
  }

  /// The value of exactly four hex digits (no sign, unlike `UInt32(_:radix:)`).
  private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
    var v: UInt32 = 0
    for d in digits {
      switch d {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(d - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(d - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(d - UInt8(ascii: "A") + 10)
      default: return nil
      }
    }
    return digits.count == 4 ? v : nil
  }

  private mutating func number() throws -> JSONValue {
    let start = i
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    let intStart = i
    while i < bytes.count, digits.contains(bytes[i]) { i += 1 }
    guard i > intStart else { throw error(Self.unexpectedCharacter) }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      let f = i
      while i < bytes.count, digits.contains(bytes[i]) { i += 1 }
      guard i > f else {
        throw error(Localized(id: "seharusnya ada angka setelah '.'", en: "digits expected after '.'"))
      }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      let e = i
      while i < bytes.count, digits.contains(bytes[i]) { i += 1 }
      guard i > e else {
        throw error(Localized(id: "seharusnya ada angka pada eksponen", en: "digits expected in exponent"))
      }
    }
    let literal = String(decoding: bytes[start..<i], as: UTF8.self)
    guard let x = Double(literal), x.isFinite else {
      throw error(Localized(id: "bilangan di luar jangkauan", en: "number out of range"))
    }
    return .number(x, literal: literal)
  }
}
