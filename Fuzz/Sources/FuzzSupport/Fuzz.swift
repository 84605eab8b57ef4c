import Foundation
import TimbangCore
import TimbangReports

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What every fuzz target shares: the contract it checks, the instrument folder and a scratch file.
///
/// The contract (`shared/spec/README.md`, "Command line"; issue 8): any input either decodes or is rejected with a
/// ``TimbangError`` naming the input. A trap, a crash, a sanitizer report, an error of any other type, or an
/// ``TimbangError/internalError(_:)`` is a finding: the target stops with a message and libFuzzer keeps the input
/// (`crash-…`) for a regression test.
public enum Fuzz {
  /// The Timbang checkout this package sits in (`Fuzz/..`).
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Fuzz.swift, FuzzSupport, Sources, Fuzz
    return url.path
  }()

  /// The bundled instruments (`Instruments/`).
  public static let library = InstrumentLibrary(directory: root + "/Instruments")

  /// A bundled instrument file; the fuzz run cannot start without it.
  public static func instrument(_ id: String) -> InstrumentLibrary.File {
    do {
      return try library.load(id)
    } catch {
      fatalError("fuzz setup: cannot load instrument \(id): \(error)")
    }
  }

  /// A file of the checkout (seed data the harness combines with the fuzzed bytes).
  public static func dataset(_ relative: String) -> [UInt8] {
    do {
      return try ByteSource.readAll(path: root + "/" + relative)
    } catch {
      fatalError("fuzz setup: cannot read \(relative): \(error)")
    }
  }

  /// Runs one decoding attempt under the contract; returns the rejection, if any.
  @discardableResult
  public static func check(_ body: () throws -> Void) -> TimbangError? {
    do {
      try body()
      return nil
    } catch let error as TimbangError {
      if case .internalError(let message) = error {
        fatalError("FINDING: internal error escaped a decoder: \(message)")
      }
      // The rendered message is what a user sees, in either language: building it must not trap either.
      for language in [Language.id, .en] where error.message(in: language).isEmpty {
        fatalError("FINDING: empty error message (\(language.rawValue))")
      }
      return error
    } catch {
      fatalError(
        "FINDING: an error that is not a TimbangError escaped: \(type(of: error)): \(error)")
    }
  }

  /// Fails when two computations that must agree (the in-memory and the streaming reader, the parallel and the
  /// sequential scanner) do not.
  public static func expectSame(_ a: String, _ b: String, _ what: String) {
    if a != b {
      fatalError("FINDING: \(what) disagree:\n--- first\n\(a)\n--- second\n\(b)")
    }
  }

  /// Renders tables in every text format, in both languages (renderers must take any cell a decoder lets through).
  public static func render(_ tables: [Table]) {
    for table in tables {
      for language in [Language.id, .en] {
        _ = TextRenderer.render(table, language: language)
        _ = MarkdownRenderer.render(table, language: language)
        _ = CSVRenderer.render(table, language: language)
      }
    }
  }

  /// Serialises a result's JSON and reads it back: the writer must produce JSON the parser accepts.
  public static func roundTrip(_ value: JSONValue) {
    let text = JSONWriter.string(value)
    do {
      _ = try JSONParser.parse(Array(text.utf8), fileName: "<output>")
    } catch {
      fatalError("FINDING: output JSON does not parse: \(error)\n\(text)")
    }
  }

  /// The path of this process's scratch file, rewritten on every input (for APIs that take a path).
  public static let scratchPath: String = {
    let folder =
      FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return folder + "/timbang-fuzz-\(getpid())-input"
  }()

  /// Writes `bytes` to ``scratchPath`` and returns the path.
  public static func writeScratch(_ bytes: [UInt8], suffix: String = "") -> String {
    let path = scratchPath + suffix
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { fatalError("fuzz setup: cannot write \(path)") }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { fatalError("fuzz setup: short write to \(path)") }
      written += n
    }
    return path
  }

  /// Loads fuzzed bytes as an instrument file of `kind` through ``InstrumentLibrary/load(_:kind:)`` (the path every
  /// command takes: header, schema version and kind checks).
  public static func instrumentFile(_ bytes: [UInt8], kind: String) throws -> InstrumentLibrary.File
  {
    try library.load(writeScratch(bytes, suffix: ".json"), kind: kind)
  }

  /// Hands `test` to libFuzzer's driver with the process's arguments (`-max_total_time=60 CORPUS…`) and exits with
  /// its status.
  public static func main(_ test: @escaping ([UInt8]) -> Void) -> Never {
    current = test
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      Fuzz.current?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
      return 0
    }
    exit(status)
  }

  /// The harness being run (libFuzzer's callback is a C function and cannot capture it).
  nonisolated(unsafe) static var current: (([UInt8]) -> Void)?
}

/// libFuzzer's entry point for a program with its own `main` (`compiler-rt/lib/fuzzer/FuzzerInterface.h`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
