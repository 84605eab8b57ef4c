import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an output file atomically: into a temporary file beside the target, then renamed over it, so a failure
/// never leaves a partial file. `nil` or `-` writes to standard output.
///
/// Edge Cases:
/// - A missing folder, a path under a regular file (`report.csv/out.json`) or a directory target is
///   ``TimbangError/cannotWrite(file:reason:)`` (exit 73) and nothing is created.
/// - A symbolic link is followed: the file it points to is replaced atomically and the link stays a link.
/// - A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) cannot be replaced by
///   renaming — that would swap the device for a plain file — so it is written in place; a failed write (`/dev/full`)
///   is exit 73.
/// - Standard output is written with ``write(_:toDescriptor:name:)``, so a failed write is exit 73, not a trap.
public enum OutputWriter {
  public static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-" else {
      return try write(bytes, toDescriptor: 1, name: "<stdout>")
    }
    var status = stat()
    if stat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFDIR: throw TimbangError.cannotWrite(file: path, reason: SystemReason.isDirectory)
      case S_IFREG: break
      default: return try writeInPlace(bytes, to: path)
      }
    }
    // Replace what a link points to, not the link.
    var resolved = path
    if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
      let real = realpath(path, nil)
    {
      resolved = String(cString: real)
      free(real)
    }
    let target = URL(fileURLWithPath: resolved)
    let directory = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.missingFolder(directory.path))
    }
    guard isDirectory.boolValue else {
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.notAFolder(directory.path))
    }
    let temporary = directory.appendingPathComponent(
      ".\(target.lastPathComponent).timbang-\(UUID().uuidString)")
    do {
      try Data(bytes).write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.temporaryFileFailed)
    }
    guard rename(temporary.path, target.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.cannotReplace)
    }
  }

  public static func write(_ text: String, to path: String?) throws {
    try write(Array(text.utf8), to: path)
  }

  /// Writes to an existing device, pipe or socket through an ordinary descriptor.
  private static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY)
    guard fd >= 0 else {
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.localized(errno))
    }
    defer { close(fd) }
    try write(bytes, toDescriptor: fd, name: path)
  }

  /// Writes all of `bytes` to an open descriptor (standard output is 1), retrying short writes.
  ///
  /// `FileHandle.write` traps when a write fails (standard output on a full disk, `> /dev/full`); this reports it
  /// as ``TimbangError/cannotWrite(file:reason:)`` (exit 73) instead.
  public static func write(_ bytes: [UInt8], toDescriptor fd: Int32, name: String) throws {
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        #if canImport(Glibc)
          return Glibc.write(fd, base, raw.count)
        #else
          return Darwin.write(fd, base, raw.count)
        #endif
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        throw TimbangError.cannotWrite(file: name, reason: SystemReason.localized(errno))
      }
      written += n
    }
  }
}
