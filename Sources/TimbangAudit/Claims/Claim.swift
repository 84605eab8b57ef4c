import TimbangCore

/// One entry of a claims file: what a report printed, with where it sits in the file for error messages.
public struct Claim: Sendable {
  public var id: String
  public var kind: String
  /// The whole claim object as written.
  public var body: JSONValue
  /// `$.claims[3]`.
  public var path: String
  /// The claims file (paths inside are relative to its folder).
  public var file: String

  /// The `printed` object (or value) of the claim.
  public var printed: JSONValue? { body["printed"] }

  /// A located error about this claim.
  /// The messages several checks share.
  public static let expectedPrintedNumber = Localized(id: "seharusnya angka tercetak", en: "expected a printed number")
  public static let expectedNumber = Localized(id: "seharusnya angka", en: "expected a number")

  public func fail(_ suffix: String, _ message: Localized) -> TimbangError {
    .badInput(SourceLocation(file: file, jsonPath: path + suffix), message)
  }

  /// A required printed number at `printed.key` (or `key` of `object`, whose claim path is `path`).
  public func number(_ key: String, in object: JSONValue? = nil, path: String? = nil) throws -> PrintedFigure {
    guard let n = try optionalNumber(key, in: object, path: path) else {
      throw fail((path ?? ".printed") + ".\(key)", Claim.expectedPrintedNumber)
    }
    return n
  }

  /// The printed number at `printed.key`, `nil` when the key is absent or null.
  ///
  /// - Throws: a located error when the key holds something that is not a number (a figure that cannot be read
  ///   must not be skipped silently: the audit would then report fewer checks as "consistent").
  public func optionalNumber(_ key: String, in object: JSONValue? = nil, path: String? = nil) throws -> PrintedFigure? {
    guard let value = (object ?? printed)?[key], value != .null else { return nil }
    guard let figure = PrintedFigure(json: value) else {
      throw fail((path ?? ".printed") + ".\(key)", Claim.expectedPrintedNumber)
    }
    return figure
  }

  /// An array of printed numbers at `printed.key` (nil when absent).
  public func numbers(_ key: String) throws -> [PrintedFigure]? {
    guard let value = printed?[key] else { return nil }
    guard let array = value.arrayValue else {
      throw fail(".printed.\(key)", Localized(id: "seharusnya array angka", en: "expected an array of numbers"))
    }
    return try array.enumerated().map { i, v in
      guard let n = PrintedFigure(json: v) else { throw fail(".printed.\(key)[\(i)]", Claim.expectedNumber) }
      return n
    }
  }

  /// A path given in the claim, resolved against the claims file's folder.
  public func resolve(_ relative: String) -> String {
    if relative.hasPrefix("/") || relative == "-" { return relative }
    let folder = file.contains("/") ? String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]) : "."
    return folder + "/" + relative
  }
}

/// A claims file: `{"source": …, "claims": [{"id", "kind", "printed", …}]}` read with number literals intact.
public struct ClaimsFile: Sendable {
  public var source: String
  public var claims: [Claim]

  public static let kinds = ["skm", "spbe", "kami", "sakip", "capaian", "efficiency", "expression"]

  public static func read(_ bytes: [UInt8], file: String) throws -> ClaimsFile {
    let root = try JSONParser.parse(bytes, fileName: file)
    func fail(_ path: String, _ message: Localized) -> TimbangError {
      .badInput(SourceLocation(file: file, jsonPath: path), message)
    }
    guard root.objectValue != nil else {
      throw fail("$", Localized(id: "seharusnya objek berisi \"claims\"", en: "expected an object with \"claims\""))
    }
    guard let list = root["claims"]?.arrayValue else {
      throw fail("$.claims", Localized(id: "seharusnya array klaim", en: "expected an array of claims"))
    }
    var seen = Set<String>()
    let claims = try list.enumerated().map { i, body -> Claim in
      let path = "$.claims[\(i)]"
      guard body.objectValue != nil else {
        throw fail(path, Localized(id: "seharusnya objek", en: "expected an object"))
      }
      guard let id = body["id"]?.stringValue, !id.isEmpty else {
        throw fail(path + ".id", Localized(id: "seharusnya nama", en: "expected a name"))
      }
      guard seen.insert(id).inserted else {
        throw fail(path + ".id", Localized(id: "id klaim \"\(id)\" ganda", en: "duplicate claim id \"\(id)\""))
      }
      guard let kind = body["kind"]?.stringValue else {
        throw fail(path + ".kind", Localized(id: "seharusnya jenis (kind)", en: "expected a kind"))
      }
      guard kinds.contains(kind) else {
        throw fail(
          path + ".kind",
          Localized(
            id: "jenis \"\(kind)\" tidak dikenal (yang dikenal: \(kinds.joined(separator: ", ")))",
            en: "unknown kind \"\(kind)\" (known: \(kinds.joined(separator: ", ")))"))
      }
      guard body["printed"] != nil else {
        throw fail(path + ".printed", Localized(id: "angka tercetak tidak ada", en: "missing the printed figures"))
      }
      return Claim(id: id, kind: kind, body: body, path: path, file: file)
    }
    return ClaimsFile(source: root["source"]?.stringValue ?? file, claims: claims)
  }
}
