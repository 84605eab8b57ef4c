import Foundation
import TimbangCore

/// Where a command's output and messages go: the real streams, or memory (in-process tests).
public final class Console: @unchecked Sendable {
  private let writeOut: (String) -> Void
  private let writeErr: (String) -> Void
  /// Environment variables (`TIMBANG_INSTRUMENTS`).
  public let environment: [String: String]
  /// Whether standard error is a terminal (progress is shown only then).
  public let stderrIsTerminal: Bool

  public init(
    out: @escaping (String) -> Void, err: @escaping (String) -> Void, environment: [String: String] = [:],
    stderrIsTerminal: Bool = false
  ) {
    self.writeOut = out
    self.writeErr = err
    self.environment = environment
    self.stderrIsTerminal = stderrIsTerminal
  }

  /// The process's standard output and error.
  public static func standard() -> Console {
    Console(
      out: { FileHandle.standardOutput.write(Data($0.utf8)) },
      err: { FileHandle.standardError.write(Data($0.utf8)) },
      environment: ProcessInfo.processInfo.environment,
      stderrIsTerminal: isatty(2) == 1)
  }

  public func out(_ text: String) { writeOut(text) }
  public func err(_ text: String) { writeErr(text) }

  /// Prints warnings on standard error, one per line.
  public func warn(_ warnings: [String]) {
    for w in warnings { err("warning: \(w)\n") }
  }
}

/// A console that keeps what was written, for tests.
public final class MemoryConsole: @unchecked Sendable {
  public private(set) var output = ""
  public private(set) var errors = ""
  public lazy var console = Console(
    out: { [unowned self] in self.output += $0 }, err: { [unowned self] in self.errors += $0 },
    environment: environment)
  private let environment: [String: String]

  public init(environment: [String: String] = [:]) { self.environment = environment }
}
