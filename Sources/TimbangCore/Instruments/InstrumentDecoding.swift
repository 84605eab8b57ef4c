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
      func reword(_ message: String, _ malformed: String, _ onLine: String) -> String {
        let detail = message.hasPrefix(malformed + ": ") ? String(message.dropFirst(malformed.count + 2)) : message
        return location.line.map { "\(malformed) \(onLine) \($0): " + detail } ?? "\(malformed): " + detail
      }
      let malformed = JSONParser.malformed
      throw TimbangError.badInstrument(
        SourceLocation(file: file, jsonPath: "$"),
        Localized(id: reword(message.id, malformed.id, "pada baris"), en: reword(message.en, malformed.en, "on line")))
    }
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch let error as DecodingError {
      let (path, message) = describe(error)
      throw TimbangError.badInstrument(SourceLocation(file: file, jsonPath: path), message)
    } catch {
      throw TimbangError.badInstrument(SourceLocation(file: file, jsonPath: "$"), notJSON)
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

  private static let notJSON = Localized(id: "bukan JSON yang sah", en: "not valid JSON")

  private static func describe(_ error: DecodingError) -> (String, Localized) {
    switch error {
    case .keyNotFound(let key, let context):
      return (
        jsonPath(context.codingPath + [key]),
        Localized(id: "kunci \"\(key.stringValue)\" tidak ada", en: "missing key \"\(key.stringValue)\"")
      )
    case .typeMismatch(let type, let context):
      let name = typeName(type)
      return (jsonPath(context.codingPath), Localized(id: "seharusnya \(name.id)", en: "expected \(name.en)"))
    case .valueNotFound(let type, let context):
      let name = typeName(type)
      return (
        jsonPath(context.codingPath),
        Localized(id: "seharusnya \(name.id), bukan null", en: "expected \(name.en), found null")
      )
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return ("$", notJSON) }
      // Foundation's own description (an enum value it cannot read, a malformed date) is English only.
      return (
        jsonPath(context.codingPath),
        Localized(id: "nilai tidak dapat dibaca (\(context.debugDescription))", en: context.debugDescription)
      )
    @unknown default:
      return ("$", Localized(id: "tidak dapat didekode", en: "cannot be decoded"))
    }
  }

  private static func typeName(_ type: Any.Type) -> Localized {
    switch type {
    case is String.Type: return Localized(id: "string (teks)", en: "a string")
    case is Double.Type, is Int.Type: return Localized(id: "angka", en: "a number")
    case is Bool.Type: return Localized(id: "true atau false", en: "true or false")
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return Localized(id: "array", en: "an array") }
      return Localized(id: "objek", en: "an object")
    }
  }
}

/// Helpers for `validate()` methods of instrument types.
public struct InstrumentValidator {
  public let file: String

  public init(file: String) { self.file = file }

  /// An error at a JSON path.
  public func fail(_ path: String, _ message: Localized) -> TimbangError {
    .badInstrument(SourceLocation(file: file, jsonPath: path), message)
  }

  /// Fails at `path` unless `values` are unique.
  /// `what` names one value: `Localized(id: "kode unsur", en: "element code")`.
  public func unique(_ values: [String], path: String, what: Localized) throws {
    var seen = Set<String>()
    for (i, v) in values.enumerated() where !seen.insert(v).inserted {
      throw fail("\(path)[\(i)]", Localized(id: "\(what.id) \"\(v)\" ganda", en: "duplicate \(what.en) \"\(v)\""))
    }
  }

  /// Fails at `path` unless `weights` sum to `total` within 1e-9.
  /// `what` names the weights: `Localized(id: "bobot khusus", en: "custom weights")`.
  public func sums(_ weights: [Double], to total: Double, path: String, what: Localized) throws {
    let sum = weights.reduce(0, +)
    if abs(sum - total) > 1e-9 {
      let (got, expected) = (NumberFormat.plain.compact(sum), NumberFormat.plain.compact(total))
      throw fail(
        path,
        Localized(
          id: "jumlah \(what.id) \(got), seharusnya \(expected)", en: "\(what.en) sum to \(got), expected \(expected)"))
    }
  }
}
