#if arch(x86_64)
  import _Builtin_intrinsics.intel
#endif

/// Classifies 64 bytes at a time for the parallel scanner: which are the delimiter, and which stop a field (LF, CR
/// or `"`), as one bit per byte.
///
/// On x86-64 with the baseline SSE2 instructions (16 bytes per compare); elsewhere with 64-bit word arithmetic
/// (exact zero-byte detection: `~(((x & 0x7F…) + 0x7F…) | x | 0x7F…)` has the top bit of each zero byte of `x`).
///
/// Postconditions: bit `i` of `delimiters` is set exactly when `p[i] == delimiter`; bit `i` of `stops` exactly when
/// `p[i]` is LF, CR or `"`.
struct ByteMasks {
  let delimiter: UInt8

  init(delimiter: UInt8) { self.delimiter = delimiter }

  /// The masks of the 64 bytes at `p` (all 64 must be readable).
  @inline(__always)
  func classify(_ p: UnsafeRawPointer) -> (delimiters: UInt64, stops: UInt64) {
    #if arch(x86_64)
      let d = _mm_set1_epi8(Int8(bitPattern: delimiter))
      let lf = _mm_set1_epi8(10)
      let cr = _mm_set1_epi8(13)
      let quote = _mm_set1_epi8(34)
      var delimiters: UInt64 = 0
      var stops: UInt64 = 0
      for k in 0..<4 {
        let v = _mm_loadu_si128((p + 16 * k).assumingMemoryBound(to: __m128i.self))
        let dm = _mm_movemask_epi8(_mm_cmpeq_epi8(v, d))
        let sm = _mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)), _mm_cmpeq_epi8(v, quote)))
        delimiters |= UInt64(UInt16(truncatingIfNeeded: dm)) << UInt64(16 * k)
        stops |= UInt64(UInt16(truncatingIfNeeded: sm)) << UInt64(16 * k)
      }
      return (delimiters, stops)
    #else
      let ones: UInt64 = 0x0101_0101_0101_0101
      let d = ones &* UInt64(delimiter)
      var delimiters: UInt64 = 0
      var stops: UInt64 = 0
      for k in 0..<8 {
        let w = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self))
        let dm = ByteMasks.zeroBytes(w ^ d)
        let sm =
          ByteMasks.zeroBytes(w ^ (ones &* 10)) | ByteMasks.zeroBytes(w ^ (ones &* 13))
          | ByteMasks.zeroBytes(w ^ (ones &* 34))
        delimiters |= ByteMasks.gather(dm) << UInt64(8 * k)
        stops |= ByteMasks.gather(sm) << UInt64(8 * k)
      }
      return (delimiters, stops)
    #endif
  }

  /// The top bit of every zero byte of `x`, exactly (no borrow between bytes).
  @inline(__always)
  static func zeroBytes(_ x: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & low) &+ low) | x | low)
  }

  /// Packs the top bit of each byte into the low 8 bits (byte 0 → bit 0).
  @inline(__always)
  static func gather(_ m: UInt64) -> UInt64 {
    ((m & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
  }
}
