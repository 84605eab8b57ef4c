import Foundation
import Testing

@testable import TimbangCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Output writer")
struct OutputWriterTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "timbang-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func entries(_ url: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  @Test("a regular file is replaced whole and no temporary file remains")
  func replaces() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("out.txt").path
    try OutputWriter.write("first, longer\n", to: path)
    try OutputWriter.write("second\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
    #expect(try entries(dir) == ["out.txt"])
  }

  @Test("a path under a regular file is exit 73, naming the file that is not a folder")
  func underAFile() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("report.csv").path
    try OutputWriter.write("x", to: file)
    #expect {
      try OutputWriter.write("y", to: file + "/out.json")
    } throws: { error in
      guard let error = error as? TimbangError, case .cannotWrite(_, let reason) = error else {
        return false
      }
      return error.exitCode == 73 && reason.en.contains("is a file, not a folder")
        && reason.id.contains("adalah berkas, bukan folder")
    }
    #expect(try entries(dir) == ["report.csv"])
  }

  @Test("a symbolic link stays a link; the file it points to is replaced")
  func symlink() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let real = dir.appendingPathComponent("real.txt").path
    let link = dir.appendingPathComponent("link.txt").path
    try OutputWriter.write("old", to: real)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
    try OutputWriter.write("new", to: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.txt")
    #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
    #expect(try entries(dir) == ["link.txt", "real.txt"])
  }

  /// `-o /dev/null` as root once renamed a regular file over the device; a named pipe stands in for it here.
  @Test("a named pipe is written in place, not replaced by a regular file")
  func namedPipe() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("pipe").path
    try #require(mkfifo(fifo, 0o600) == 0)
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    try OutputWriter.write("through the pipe\n", to: fifo)
    var buffer = [UInt8](repeating: 0, count: 64)
    let n = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, 64) }
    #expect(String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self) == "through the pipe\n")
    var status = stat()
    #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
    #expect(try entries(dir) == ["pipe"])
  }
}

extension OutputWriterTests {
  /// `FileHandle.write` traps when the write fails; standard output on a full disk must be exit 73 instead.
  @Test("a failed write to a descriptor (a full device) is exit 73, not a trap")
  func fullDevice() throws {
    let fd = open("/dev/full", O_WRONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    #expect {
      try OutputWriter.write(Array("x\n".utf8), toDescriptor: fd, name: "<stdout>")
    } throws: { error in
      guard let error = error as? TimbangError, case .cannotWrite("<stdout>", _) = error else {
        return false
      }
      return error.exitCode == 73
    }
  }
}

@Suite("Byte source limits")
struct ByteSourceLimitTests {
  @Test("a file read whole beyond its limit is refused with a located message")
  func wholeFileLimit() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "timbang-limit-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try OutputWriter.write([UInt8](repeating: 0x41, count: 3 << 20), to: path)
    #expect(try ByteSource.readAll(path: path, maximumBytes: 4 << 20).count == 3 << 20)
    #expect {
      try ByteSource.readAll(path: path, maximumBytes: 1 << 20)
    } throws: { error in
      "\(error)"
        == "\(path): is larger than 1 MiB; this input is read whole and should be small (is it the right file?)"
        && (error as? TimbangError)?.exitCode == 65
    }
  }

  @Test(
    "a stream (a pipe, /dev/zero) beyond the limit is refused after reading no more than the limit")
  func streamLimit() throws {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    let writer = ends[1]
    let feeder = Thread {
      let block = [UInt8](repeating: 0x41, count: 1 << 16)
      for _ in 0..<48 {  // 3 MiB, unless the reader closes first
        if block.withUnsafeBytes({ write(writer, $0.baseAddress, $0.count) }) <= 0 { break }
      }
      close(writer)
    }
    signal(SIGPIPE, SIG_IGN)
    feeder.start()
    defer { close(ends[0]) }
    #expect {
      try ByteSource.readAll(path: "/dev/fd/\(ends[0])", maximumBytes: 1 << 20)
    } throws: {
      "\($0)".hasSuffix(
        ": is larger than 1 MiB; this input is read whole and should be small (is it the right file?)"
      )
    }
  }
}
