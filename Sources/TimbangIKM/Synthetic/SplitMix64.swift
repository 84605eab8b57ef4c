/// The SplitMix64 generator (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
/// a 64-bit counter advanced by the golden-ratio increment and passed through a mixing function.
///
/// Integer arithmetic only, so the stream is the same on every machine. Used by the synthetic survey, where each row
/// seeds its own stream from (seed, row number) so any range of rows can be produced on its own.
///
/// Postconditions: two generators built with the same seed produce the same sequence.
///
/// Example: `SplitMix64(seed: 0).next() == 0xE220A8397B1DCDAF`.
public struct SplitMix64: Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  @inline(__always)
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// The SplitMix64 finaliser: a bijective mix of 64 bits.
  @inline(__always)
  public static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0) by Lemire's multiply-shift: the high half of `next() × bound`.
  @inline(__always)
  public mutating func below(_ bound: UInt64) -> UInt64 {
    next().multipliedFullWidth(by: bound).high
  }
}
