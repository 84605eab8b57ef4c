/// A deterministic, realistic synthetic satisfaction survey (`timbang datasets generate`), for benchmarks and tests at
/// national scale (`shared/spec/performance.md`, "The workload").
///
/// Columns `unit,period,gender,age,education,occupation,U1,…,U9`. Each unit answers from its own skewed distribution
/// (most answers 3 or 4, some units and elements weaker than others); about 1% of answer cells are blank.
///
/// ```
/// row r            : stream = SplitMix64(seed: mix(seed ⊕ mix(r + 1)))
///   unit           = below(units)                   (uniform)
///   period, gender, age, education, occupation      (fixed integer weights)
///   for each element e:
///     x = next();  blank when x mod 1024 < 10       (≈ 0.98 %)
///     v = (x >> 10) mod 1024; answer = 1 + #{ v ≥ c_k(unit, e) for k in 1…3 }
/// unit u, element e: lean = below(400) [per unit] + below(200) [per element]   (0…599)
///   p1 = 20 + lean/12,  p2 = 80 + lean/3,  p3 = 450 − lean/4  (out of 1024; p4 the rest)
///   c1 = p1, c2 = p1 + p2, c3 = p1 + p2 + p3
/// ```
///
/// Integer arithmetic only (no floating point, no platform random source), so the bytes are the same on every
/// machine; every row has its own stream, so any range of rows can be produced alone (shards, parallel writers).
///
/// Edge Cases: `respondents` 0 gives the header alone; `units` must be at least 1.
///
/// Postconditions: `rows(0..<n)` is the header followed by `n` lines; `rows(a..<b) + rows(b..<c)` without the second
/// header equals `rows(a..<c)`.
///
/// Example: `SyntheticSurvey(respondents: 3, units: 2, seed: 7)` writes the header and
/// ```
/// UPT-002,2024-Q4,L,63,S1,Wiraswasta,4,1,4,3,4,3,3,4,4
/// UPT-002,2024-Q2,L,39,S1,Wiraswasta,3,4,3,3,2,3,3,3,2
/// UPT-001,2024-Q1,L,76,SMA,Wiraswasta,2,3,4,2,3,3,4,2,2
/// ```
public struct SyntheticSurvey: Sendable {
  public var respondents: Int
  public var units: Int
  public var seed: UInt64

  public static let header = "unit,period,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
  public static let elementCount = 9
  static let periods = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
  static let genders = ["L", "P"]
  /// Education and its weight out of 1024.
  static let educations: [(String, UInt64)] = [
    ("SD", 80), ("SMP", 140), ("SMA", 380), ("D3", 110), ("S1", 250), ("S2", 54), ("S3", 10),
  ]
  static let occupations: [(String, UInt64)] = [
    ("PNS", 150), ("TNI/Polri", 40), ("Swasta", 280), ("Wiraswasta", 250), ("Pelajar", 170), ("Lainnya", 134),
  ]

  public init(respondents: Int, units: Int, seed: UInt64) {
    self.respondents = max(0, respondents)
    self.units = max(1, units)
    self.seed = seed
  }

  /// The name of unit `u` (0-based): `UPT-001`, zero-padded to the width of the largest number (at least 3).
  public func unitName(_ u: Int) -> String {
    let digits = String(u + 1)
    let width = max(3, String(units).count)
    return "UPT-" + String(repeating: "0", count: width - digits.count) + digits
  }

  /// Cumulative answer thresholds `(c1, c2, c3)` out of 1024 for unit `u` and each element.
  public func thresholds(unit u: Int) -> [(UInt64, UInt64, UInt64)] {
    var stream = SplitMix64(seed: SplitMix64.mix(seed ^ 0x5EED_0F_0417) ^ SplitMix64.mix(UInt64(u) &+ 1))
    let unitLean = stream.below(400)
    return (0..<SyntheticSurvey.elementCount).map { _ in
      let lean = unitLean + stream.below(200)
      let p1 = 20 + lean / 12
      let p2 = 80 + lean / 3
      let p3 = 450 - lean / 4
      return (p1, p1 + p2, p1 + p2 + p3)
    }
  }

  /// Writes the header and rows `range` (0-based row numbers) to `sink` in chunks of about `chunkBytes`.
  ///
  /// - Complexity: O(rows); memory O(units + chunkBytes).
  public func write(
    rows range: Range<Int>? = nil, chunkBytes: Int = 4 << 20, header: Bool = true,
    to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let rows = range ?? 0..<respondents
    let cuts = (0..<units).map(thresholds(unit:))
    // Every text field as bytes, prepared once.
    let unitBytes = (0..<units).map { Array(unitName($0).utf8) }
    let periodBytes = Self.periods.map { Array($0.utf8) }
    let genderBytes = Self.genders.map { Array($0.utf8) }
    let educationBytes = Self.educations.map { Array($0.0.utf8) }
    let occupationBytes = Self.occupations.map { Array($0.0.utf8) }
    let capacity = max(chunkBytes, 1 << 12) + 256
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var n = 0
    func put(_ bytes: [UInt8]) {
      for b in bytes {
        buffer[n] = b
        n += 1
      }
    }
    if header { put(Array(Self.header.utf8)) }
    let comma = UInt8(ascii: ",")
    for r in rows {
      var stream = SplitMix64(seed: SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(r) &+ 1)))
      let u = Int(stream.below(UInt64(units)))
      let x = stream.next()
      put(unitBytes[u])
      buffer[n] = comma
      n += 1
      put(periodBytes[Int(x & 3)])
      buffer[n] = comma
      n += 1
      put(genderBytes[Int((x >> 2) & 1)])
      buffer[n] = comma
      n += 1
      // Age 17…79, peaked in the thirties and forties.
      let age = 17 + Int((x >> 3) % 32) + Int((x >> 8) % 32)
      buffer[n] = UInt8(48 + age / 10)
      buffer[n + 1] = UInt8(48 + age % 10)
      buffer[n + 2] = comma
      n += 3
      put(educationBytes[Self.pick((x >> 16) & 1023, Self.educations)])
      buffer[n] = comma
      n += 1
      put(occupationBytes[Self.pick((x >> 26) & 1023, Self.occupations)])
      let unitCuts = cuts[u]
      for e in 0..<Self.elementCount {
        buffer[n] = comma
        n += 1
        let y = stream.next()
        if y & 1023 < 10 { continue }
        let v = (y >> 10) & 1023
        let (c1, c2, c3) = unitCuts[e]
        let answer = v < c1 ? 1 : v < c2 ? 2 : v < c3 ? 3 : 4
        buffer[n] = UInt8(48 + answer)
        n += 1
      }
      buffer[n] = UInt8(ascii: "\n")
      n += 1
      if n >= capacity - 256 {
        try sink(UnsafeRawBufferPointer(start: buffer, count: n))
        n = 0
      }
    }
    if n > 0 { try sink(UnsafeRawBufferPointer(start: buffer, count: n)) }
  }

  /// The whole survey as bytes (tests and small sizes).
  public func bytes() -> [UInt8] {
    var out: [UInt8] = []
    write { out.append(contentsOf: $0) }
    return out
  }

  /// The index whose cumulative weight first exceeds `v` (weights out of 1024; the last takes the rest).
  @inline(__always)
  static func pick(_ v: UInt64, _ table: [(String, UInt64)]) -> Int {
    var cumulative: UInt64 = 0
    for (i, entry) in table.enumerated() {
      cumulative += entry.1
      if v < cumulative { return i }
    }
    return table.count - 1
  }
}
