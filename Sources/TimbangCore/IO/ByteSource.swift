#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// A file (or standard input) read in large blocks into a reused buffer. I/O lives at the edges: scorers never see
/// a `ByteSource`, only the tallies built from it.
public final class ByteSource {
  /// The name used in messages: the path as given, or `-` / `<stdin>` for standard input.
  public let name: String
  private let fd: Int32
  private let ownsDescriptor: Bool

  /// Opens `path` (`-` is standard input). A missing file, a directory or an unreadable file is
  /// ``TimbangError/cannotRead(file:reason:)`` (exit 66).
  public init(path: String) throws {
    if path == "-" {
      name = "<stdin>"
      fd = 0
      ownsDescriptor = false
      return
    }
    name = path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw TimbangError.cannotRead(file: path, reason: SystemReason.noSuchFile)
    }
    if isDirectory.boolValue { throw TimbangError.cannotRead(file: path, reason: SystemReason.isDirectory) }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw TimbangError.cannotRead(file: path, reason: SystemReason.localized(errno))
    }
    fd = descriptor
    ownsDescriptor = true
  }

  deinit { if ownsDescriptor { close(fd) } }

  /// Reused block for reads, allocated once.
  private var block: [UInt8] = []

  /// Appends up to `count` bytes to `buffer`; returns how many were read (0 at end of input).
  public func read(into buffer: inout [UInt8], count: Int) throws -> Int {
    if block.count < count { block = [UInt8](repeating: 0, count: count) }
    var got = 0
    while true {
      got = block.withUnsafeMutableBytes { raw in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc_read(fd, base, count)
      }
      if got < 0 && errno == EINTR { continue }
      break
    }
    if got < 0 { throw TimbangError.cannotRead(file: name, reason: SystemReason.localized(errno)) }
    buffer.append(contentsOf: block[0..<got])
    return got
  }

  /// The most ``readAll()`` reads (256 MiB): inputs read whole (instruments, claims, tallies, worksheets, indicator
  /// and assessment tables) are small, so a larger one is the wrong file — or `/dev/zero` — and is refused before it
  /// exhausts memory. Respondent files are streamed and have no such limit.
  public static let maximumWholeBytes = 256 << 20

  /// The whole input at once, for small files such as instruments, maps and claims.
  ///
  /// Memory: a regular file is read into one buffer of its size, and one larger than `maximumBytes` is refused from
  /// its size before anything is read; a stream (standard input, a pipe, a device) is read in 1 MiB pieces joined
  /// once at the end, so a refused stream costs at most `maximumBytes` plus one piece.
  ///
  /// - Throws: ``TimbangError/badInput(_:_:)`` when the input is longer than `maximumBytes`.
  public func readAll(maximumBytes: Int = ByteSource.maximumWholeBytes) throws -> [UInt8] {
    var status = stat()
    if ownsDescriptor, fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
      let size = Int(status.st_size)
      if size > maximumBytes { throw tooLarge(maximumBytes) }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(size + 1)
      while try read(into: &bytes, count: 1 << 20) > 0 {
        // The file may grow while it is read.
        if bytes.count > maximumBytes { throw tooLarge(maximumBytes) }
      }
      return bytes
    }
    var pieces: [[UInt8]] = []
    var total = 0
    while true {
      var piece: [UInt8] = []
      let n = try read(into: &piece, count: 1 << 20)
      if n == 0 { break }
      total += n
      if total > maximumBytes { throw tooLarge(maximumBytes) }
      pieces.append(piece)
    }
    if pieces.count == 1 { return pieces[0] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(total)
    for piece in pieces { bytes.append(contentsOf: piece) }
    return bytes
  }

  private func tooLarge(_ maximumBytes: Int) -> TimbangError {
    let size = NumberFormat.plain.compact(Double(maximumBytes) / Double(1 << 20))
    return .badInput(
      SourceLocation(file: name),
      Localized(
        id: "lebih besar dari \(size) MiB; masukan ini dibaca utuh dan seharusnya kecil (benarkah berkasnya?)",
        en: "is larger than \(size) MiB; this input is read whole and should be small (is it the right file?)"))
  }

  /// Reads a whole file (`-` for standard input), refusing one longer than `maximumBytes`.
  public static func readAll(path: String, maximumBytes: Int = ByteSource.maximumWholeBytes) throws -> [UInt8] {
    try ByteSource(path: path).readAll(maximumBytes: maximumBytes)
  }
}

@inline(__always) private func Glibc_read(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.read(fd, pointer, count)
  #else
    return Darwin.read(fd, pointer, count)
  #endif
}
