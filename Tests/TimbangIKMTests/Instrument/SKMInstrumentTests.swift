import Foundation
import Testing
import TimbangCore

@testable import TimbangIKM

@Suite("SKM instrument files")
struct SKMInstrumentTests {
  @Test("bundled instruments load and validate", arguments: ["skm-permenpanrb-14-2017", "skm-kepmenpan-25-2004"])
  func bundled(id: String) throws {
    let instrument = try Fixtures.instrument(id)
    #expect(instrument.schemaVersion == 1 && instrument.id == id)
  }

  /// Mutates the bundled 14/2017 file and checks the loader names the JSON path of the problem.
  @Test(
    "invalid instruments are rejected naming the JSON path",
    arguments: [
      ("weights.custom", "[0.2,0.2,0.1,0.1,0.1,0.1,0.1,0.1,0.1]", "$.weights.custom"),
      ("weights.printed", "[0.111]", "$.weights.printed"),
      ("bands.0.lower", "88.5", "$.bands"),
      ("elements.1.code", "\"U1\"", "$.elements[1]"),
      ("scale.max", "\"four\"", "$.scale.max"),
    ])
  func invalid(path: String, value: String, jsonPath: String) throws {
    let file = try Fixtures.library.load("skm-permenpanrb-14-2017")
    var object = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
    object = Self.set(object, path.split(separator: ".").map(String.init), try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed))
    let bytes = Array(try JSONSerialization.data(withJSONObject: object))
    let mutated = InstrumentLibrary.File(path: "custom.json", bytes: bytes, header: file.header)
    #expect {
      try SKMInstrument.load(mutated)
    } throws: { error in
      guard let e = error as? TimbangError, case .badInstrument(let location, _) = e else { return false }
      return location.file == "custom.json" && (location.jsonPath ?? "").hasPrefix(jsonPath) && e.exitCode == 65
    }
  }

  /// Printed weights are roundings of weights summing to 1: their sum may miss 1 by half a unit in the last printed
  /// decimal per element (9 × 0.111 = 0.999 passes), no more (a 0.5 among the 0.111s does not).
  @Test(
    "printed weights must be roundings of weights summing to 1",
    arguments: [
      ("[0.111,0.111,0.111,0.111,0.111,0.111,0.111,0.111,0.111]", nil),
      ("[0.11,0.11,0.11,0.11,0.11,0.11,0.11,0.11,0.11]", nil),
      ("[0.1,0.1,0.1,0.2,0.1,0.1,0.1,0.1,0.1]", nil),
      // 0.2 with one decimal may stand for 0.15…0.25: 8 × 0.105 + 0.16 = 1.
      ("[0.11,0.11,0.11,0.11,0.11,0.11,0.11,0.11,0.2]", nil),
      ("[0.111,0.111,0.111,0.5,0.111,0.111,0.111,0.111,0.111]", "printed weights sum to 1.388, not 1 (rounding the weights can move their sum by at most 0.054)"),
      ("[0.11,0.11,0.11,0.11,0.11,0.11,0.11,0.11,0.3]", "printed weights sum to 1.18, not 1 (rounding the weights can move their sum by at most 0.09)"),
      ("[0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2]", "printed weights sum to 1.8, not 1 (rounding the weights can move their sum by at most 0.45)"),
    ] as [(String, String?)])
  func printedWeightsSum(weights: String, message: String?) throws {
    let file = try Fixtures.library.load("skm-permenpanrb-14-2017")
    var object = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
    object = Self.set(object, ["weights", "printed"], try JSONSerialization.jsonObject(with: Data(weights.utf8)))
    let mutated = InstrumentLibrary.File(
      path: "custom.json", bytes: Array(try JSONSerialization.data(withJSONObject: object)), header: file.header)
    guard let message else {
      _ = try SKMInstrument.load(mutated)
      return
    }
    #expect {
      try SKMInstrument.load(mutated)
    } throws: { error in
      guard let e = error as? TimbangError, case .badInstrument(let location, let text) = e else { return false }
      return location.jsonPath == "$.weights.printed" && text.en == message && text.id.contains("bukan 1")
    }
  }

  static func set(_ object: [String: Any], _ path: [String], _ value: Any) -> [String: Any] {
    var object = object
    guard let head = path.first else { return object }
    if path.count == 1 {
      object[head] = value
      return object
    }
    if let index = Int(path[1]), var array = object[head] as? [[String: Any]] {
      array[index] = path.count == 2 ? (value as? [String: Any] ?? [:]) : set(array[index], Array(path.dropFirst(2)), value)
      object[head] = array
    } else if let child = object[head] as? [String: Any] {
      object[head] = set(child, Array(path.dropFirst()), value)
    }
    return object
  }
}
