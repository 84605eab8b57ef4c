/// Serialises ``JSONValue`` with two-space indentation, keys in the order given, and numbers at full precision
/// (the shortest text that reads back to the same `Double`; integers without a fraction).
public enum JSONWriter {
  public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
    var out = Output()
    out.write(value, indent: pretty ? 0 : nil)
    if pretty { out.byte(UInt8(ascii: "\n")) }
    return out.text
  }

  /// Whether `x` is written as an integer (its digits, no fraction): integral and below 10¹⁵ in magnitude, where every
  /// integer is exact.
  public static func writesAsInteger(_ x: Double) -> Bool { x == x.rounded() && abs(x) < 1e15 }

  /// The JSON text of a number: integers as integers, others with Swift's shortest round-trip form.
  public static func numberText(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    if writesAsInteger(x) { return String(Int64(x)) }
    let s = "\(x)"
    // Swift may print exponents ("1e-05"): JSON accepts them, keep as is.
    return s
  }

  /// The text being written, as UTF-8 bytes in a buffer of its own (an append is a bounds check and a copy; a
  /// hundred groups' result is about 400 KB).
  private struct Output: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity = 4096

    init() { base = .allocate(capacity: capacity) }

    deinit { base.deallocate() }

    /// The bytes written, as text.
    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
      if count &+ n > capacity { grow(toHold: count &+ n) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
      var bigger = capacity * 2
      while bigger < needed { bigger *= 2 }
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
      grown.update(from: base, count: count)
      base.deallocate()
      base = grown
      capacity = bigger
    }

    mutating func byte(_ b: UInt8) {
      reserve(1)
      base[count] = b
      count &+= 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let source = bytes.baseAddress, bytes.count > 0 else { return }
      reserve(bytes.count)
      (base + count).update(from: source, count: bytes.count)
      count &+= bytes.count
    }

    mutating func append(_ text: String) {
      var text = text
      text.withUTF8 { append($0) }
    }

    /// A constant's bytes, copied at once.
    mutating func append(constant text: StaticString) {
      text.withUTF8Buffer { append($0) }
    }

    mutating func spaces(_ n: Int) {
      reserve(n)
      (base + count).update(repeating: UInt8(ascii: " "), count: n)
      count &+= n
    }

    /// The digits of `v`, as ``JSONWriter/numberText(_:)`` writes an integral number (no `String` made).
    mutating func integer(_ v: Int64) {
      if v < 0 { byte(UInt8(ascii: "-")) }
      var magnitude = v.magnitude
      var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
      var n = 0
      withUnsafeMutableBytes(of: &digits) { buffer in
        repeat {
          buffer[23 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
          magnitude /= 10
          n += 1
        } while magnitude > 0
        let digits = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (24 - n)
        append(UnsafeBufferPointer(start: digits, count: n))
      }
    }

    mutating func write(_ value: JSONValue, indent: Int?) {
      switch value {
      case .null: append(constant: "null")
      case .bool(let b): append(constant: b ? "true" : "false")
      case .number(let x, let literal):
        if let literal, Double(literal) == x {
          append(literal)
        } else if JSONWriter.writesAsInteger(x) {
          integer(Int64(x))
        } else {
          append(numberText(x))
        }
      case .string(let s): writeString(s)
      case .array(let items):
        if items.isEmpty {
          append(constant: "[]")
          return
        }
        // Arrays of scalars stay on one line for readability.
        let scalars = items.allSatisfy {
          switch $0 {
          case .array, .object: return false
          default: return true
          }
        }
        if scalars || indent == nil {
          append(constant: "[")
          for (i, item) in items.enumerated() {
            if i > 0 { append(constant: indent == nil ? "," : ", ") }
            write(item, indent: nil)
          }
          append(constant: "]")
          return
        }
        let inner = (indent ?? 0) + 2
        append(constant: "[\n")
        for (i, item) in items.enumerated() {
          spaces(inner)
          write(item, indent: inner)
          append(constant: i < items.count - 1 ? ",\n" : "\n")
        }
        spaces(indent ?? 0)
        append(constant: "]")
      case .object(let pairs):
        if pairs.isEmpty {
          append(constant: "{}")
          return
        }
        guard let indent else {
          append(constant: "{")
          for (i, (key, item)) in pairs.enumerated() {
            if i > 0 { append(constant: ",") }
            writeString(key)
            append(constant: ":")
            write(item, indent: nil)
          }
          append(constant: "}")
          return
        }
        let inner = indent + 2
        append(constant: "{\n")
        for (i, (key, item)) in pairs.enumerated() {
          spaces(inner)
          writeString(key)
          append(constant: ": ")
          write(item, indent: inner)
          append(constant: i < pairs.count - 1 ? ",\n" : "\n")
        }
        spaces(indent)
        append(constant: "}")
      }
    }

    /// A JSON string: `"` and `\\` escaped, control characters as `\n` `\r` `\t` or `\u00XX`; everything else (all
    /// of Unicode) as its UTF-8 bytes.
    mutating func writeString(_ s: String) {
      byte(UInt8(ascii: "\""))
      var s = s
      // Most strings (keys, codes, names) need no escape: their bytes are copied at once.
      let plain = s.withUTF8 { text in
        guard !text.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
          return false
        }
        append(text)
        return true
      }
      if plain {
        byte(UInt8(ascii: "\""))
        return
      }
      for byte in s.utf8 {
        switch byte {
        case UInt8(ascii: "\""): append(constant: "\\\"")
        case UInt8(ascii: "\\"): append(constant: "\\\\")
        case UInt8(ascii: "\n"): append(constant: "\\n")
        case UInt8(ascii: "\r"): append(constant: "\\r")
        case UInt8(ascii: "\t"): append(constant: "\\t")
        case 0..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          append(constant: "\\u00")
          self.byte(hex[Int(byte >> 4)])
          self.byte(hex[Int(byte & 0xF)])
        default: self.byte(byte)
        }
      }
      byte(UInt8(ascii: "\""))
    }
  }
}
