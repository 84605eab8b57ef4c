/// CRC-32 as ZIP uses it (ISO 3309 / ITU-T V.42: polynomial 0x04C11DB7 reflected, i.e. 0xEDB88320, initial value
/// and final XOR 0xFFFFFFFF).
///
/// ```
/// crc = 0xFFFFFFFF
/// for each byte b: crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
/// result = crc ^ 0xFFFFFFFF
/// ```
///
/// Postconditions: `checksum([]) == 0`; `checksum(Array("123456789".utf8)) == 0xCBF43926` (the standard check
/// value).
public enum CRC32 {
  static let table: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The CRC-32 of `bytes`.
  public static func checksum(_ bytes: [UInt8]) -> UInt32 { update(0, bytes) }

  /// Continues a checksum: `update(checksum(a), b) == checksum(a + b)`.
  public static func update(_ crc: UInt32, _ bytes: [UInt8]) -> UInt32 {
    var c = ~crc
    bytes.withUnsafeBufferPointer { buffer in
      for b in buffer { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
    }
    return ~c
  }
}
