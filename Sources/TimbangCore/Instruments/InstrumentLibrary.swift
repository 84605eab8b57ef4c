import Foundation

/// Finds instrument files: in a folder of bundled or user-supplied JSON files, by id, or by a path given anywhere an
/// id is accepted.
public struct InstrumentLibrary: Sendable {
  /// The folder holding `<id>.json` files; `nil` when no folder was found (paths still work).
  public var directory: String?

  public init(directory: String?) { self.directory = directory }

  /// A loaded instrument file: where it came from and its bytes.
  public struct File: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var header: InstrumentHeader

    public init(path: String, bytes: [UInt8], header: InstrumentHeader) {
      self.path = path
      self.bytes = bytes
      self.header = header
    }
  }

  /// Resolves `idOrPath`: an existing file path (anything with `/` or ending in `.json`) or a bundled id.
  ///
  /// - Throws: ``TimbangError/usage(_:)`` for an unknown id (listing the known ones of `kind`),
  ///   ``TimbangError/cannotRead(file:reason:)`` for a missing path, ``TimbangError/badInstrument(_:_:)`` for a
  ///   file that is not an instrument of `kind`.
  public func load(_ idOrPath: String, kind: String? = nil) throws -> File {
    let path: String
    if idOrPath.contains("/") || idOrPath.hasSuffix(".json") {
      path = idOrPath
    } else if let directory, FileManager.default.fileExists(atPath: directory + "/" + idOrPath + ".json") {
      path = directory + "/" + idOrPath + ".json"
    } else {
      let known = (try? list(kind: kind).map(\.header.id)) ?? []
      let list = known.joined(separator: ", ")
      throw TimbangError.usage(
        Localized(
          id: "instrumen \"\(idOrPath)\" tidak dikenal"
            + (known.isEmpty ? "" : " (yang tersedia: \(list))")
            + (directory == nil ? "; folder instrumen tidak ditemukan (gunakan --instruments DIR)" : ""),
          en: "unknown instrument \"\(idOrPath)\""
            + (known.isEmpty ? "" : " (known: \(list))")
            + (directory == nil ? "; no instruments folder was found (use --instruments DIR)" : "")))
    }
    let bytes = try ByteSource.readAll(path: path)
    let header = try InstrumentDecoding.decode(InstrumentHeader.self, from: bytes, file: path)
    guard header.schemaVersion == 1 else {
      throw TimbangError.badInstrument(
        SourceLocation(file: path, jsonPath: "$.schemaVersion"),
        Localized(
          id: "schemaVersion \(header.schemaVersion) tidak didukung (seharusnya 1)",
          en: "schemaVersion \(header.schemaVersion) is not supported (expected 1)"))
    }
    if let kind, !kind.split(separator: "|").contains(Substring(header.kind)) {
      throw TimbangError.badInstrument(
        SourceLocation(file: path, jsonPath: "$.kind"),
        Localized(
          id: "instrumen berjenis \"\(header.kind)\", seharusnya \"\(kind)\"",
          en: "is a \"\(header.kind)\" instrument, expected \"\(kind)\""))
    }
    return File(path: path, bytes: bytes, header: header)
  }

  /// Every instrument file in the folder (optionally of one `kind`), sorted by id.
  public func list(kind: String? = nil) throws -> [File] {
    guard let directory else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return try names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
      let file = try load(directory + "/" + name)
      if let kind, !kind.split(separator: "|").contains(Substring(file.header.kind)) { return nil }
      return file
    }
  }
}
