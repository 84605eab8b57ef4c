import Foundation
import TimbangCore

@testable import TimbangIndex

/// Instruments and helpers shared by the index tests.
enum Fixtures {
  /// The package's `Instruments/` folder (tests read the source tree, not a bundle).
  static let instrumentsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Instruments").path

  static func load(_ id: String) throws -> IndexInstrument {
    let path = instrumentsDirectory + "/" + id + ".json"
    return try IndexInstrument(bytes: ByteSource.readAll(path: path), path: path)
  }

  static let spbe59Result = Result { try load("spbe-permenpanrb-59-2020") }
  static let spbe2018Result = Result { try load("spbe-permenpanrb-5-2018") }
  static let pemdiResult = Result { try load("pemdi-permenpanrb-8-2026") }

  static func spbe59() throws -> IndexInstrument { try spbe59Result.get() }
  static func spbe2018() throws -> IndexInstrument { try spbe2018Result.get() }
  static func pemdi() throws -> IndexInstrument { try pemdiResult.get() }

  /// `x` written as a decimal or fraction (`"3.2936"`, `"7/6"`).
  static func r(_ text: String) -> Rational {
    guard let x = Rational.parse(text, maximumPlaces: 9) else { preconditionFailure("bad literal \(text)") }
    return x
  }

  /// Whole levels as an assessment.
  static func levels(_ levels: [Int]) -> Assessment { .indicators(levels.map { Rational($0) }) }

  /// Published top-tier values as an assessment.
  static func domains(_ values: [String]) -> Assessment { .topTier(values.map(r)) }

  /// The published (Excel-rounded) text of `x` at 2 decimals.
  static func shown(_ x: Rational, places: Int = 2) -> String {
    NumberFormat.plain.string(x.doubleValue, places: places)
  }
}

/// A deterministic generator (SplitMix64) so random cases are the same on every run and machine.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `range` (modulo bias is irrelevant for tests).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func bool(_ probability: Double = 0.5) -> Bool { Double(next() % 1_000_000) / 1_000_000 < probability }
}
