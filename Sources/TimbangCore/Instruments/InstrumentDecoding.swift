import Foundation

/// Decodes instrument files with `JSONDecoder`, turning its errors into messages that name the file and the JSON
/// path of the first problem (`$.elements[3].weight`).
public enum InstrumentDecoding {
  /// Decodes `bytes` as a `T`.
  ///
  /// The bytes are first read by the strict ``JSONParser``, so a syntax error names its line
  /// (`my-skm.json: $: invalid instrument: malformed JSON on line 12: expected ',' or '}'`) and a key given twice in
  /// one object is refused rather than decoded from whichever value `JSONDecoder` keeps.
  public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], file: String) throws -> T {
    do {
      _ = try JSONParser.parse(bytes, fileName: file)
    } catch TimbangError.badInput(let location, let message) {
      // Instrument errors are located by JSON path; a syntax error has none, so `$` and the line in the message.
      let line = location.line.map { "malformed JSON on line \($0): " } ?? "malformed JSON: "
      let detail = message.hasPrefix("malformed JSON: ") ? String(message.dropFirst("malformed JSON: ".count)) : message
      throw TimbangError.badInstrument(SourceLocation(file: file, jsonPath: "$"), line + detail)
    }
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch let error as DecodingError {
      let (path, message) = describe(error)
      throw TimbangError.badInstrument(SourceLocation(file: file, jsonPath: path), message)
    } catch {
      throw TimbangError.badInstrument(SourceLocation(file: file, jsonPath: "$"), "not valid JSON")
    }
  }

  /// `$.a[2].b` for a coding path.
  public static func jsonPath(_ codingPath: [CodingKey]) -> String {
    var path = "$"
    for key in codingPath {
      if let index = key.intValue { path += "[\(index)]" } else { path += "." + key.stringValue }
    }
    return path
  }

  private static func describe(_ error: DecodingError) -> (String, String) {
    switch error {
    case .keyNotFound(let key, let context):
      return (jsonPath(context.codingPath + [key]), "missing key \"\(key.stringValue)\"")
    case .typeMismatch(let type, let context):
      return (jsonPath(context.codingPath), "expected \(typeName(type))")
    case .valueNotFound(let type, let context):
      return (jsonPath(context.codingPath), "expected \(typeName(type)), found null")
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return ("$", "not valid JSON") }
      return (jsonPath(context.codingPath), context.debugDescription)
    @unknown default:
      return ("$", "cannot be decoded")
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Double.Type, is Int.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return "an array" }
      if name.hasPrefix("Dictionary") { return "an object" }
      return "an object"
    }
  }
}

/// Helpers for `validate()` methods of instrument types.
public struct InstrumentValidator {
  public let file: String

  public init(file: String) { self.file = file }

  /// An error at a JSON path.
  public func fail(_ path: String, _ message: String) -> TimbangError {
    .badInstrument(SourceLocation(file: file, jsonPath: path), message)
  }

  /// Fails at `path` unless `values` are unique.
  public func unique(_ values: [String], path: String, what: String) throws {
    var seen = Set<String>()
    for (i, v) in values.enumerated() where !seen.insert(v).inserted {
      throw fail("\(path)[\(i)]", "duplicate \(what) \"\(v)\"")
    }
  }

  /// Fails at `path` unless `weights` sum to `total` within 1e-9.
  public func sums(_ weights: [Double], to total: Double, path: String, what: String) throws {
    let sum = weights.reduce(0, +)
    if abs(sum - total) > 1e-9 {
      throw fail(path, "\(what) sum to \(NumberFormat.plain.compact(sum)), expected \(NumberFormat.plain.compact(total))")
    }
  }
}
