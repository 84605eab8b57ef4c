import Foundation

/// Writes an output file atomically: into a temporary file beside the target, then renamed over it, so a failure
/// never leaves a partial file. `nil` or `-` writes to standard output.
public enum OutputWriter {
  public static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    let target = URL(fileURLWithPath: path)
    let directory = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { throw TimbangError.cannotWrite(file: path, reason: "folder \(directory.path) does not exist") }
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw TimbangError.cannotWrite(file: path, reason: "is a directory")
    }
    let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).timbang-\(UUID().uuidString)")
    do {
      try Data(bytes).write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw TimbangError.cannotWrite(file: path, reason: "permission denied or disk full")
    }
    guard rename(temporary.path, target.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw TimbangError.cannotWrite(file: path, reason: "cannot replace the file")
    }
  }

  public static func write(_ text: String, to path: String?) throws { try write(Array(text.utf8), to: path) }
}
