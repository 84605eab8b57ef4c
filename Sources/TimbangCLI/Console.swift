import Foundation
import TimbangCore

/// Where a command's output and messages go: the real streams, or memory (in-process tests).
public final class Console: @unchecked Sendable {
  private let writeOut: (String) throws -> Void
  private let writeErr: (String) throws -> Void
  /// Environment variables (`TIMBANG_INSTRUMENTS`).
  public let environment: [String: String]
  /// Whether standard error is a terminal (progress is shown only then).
  public let stderrIsTerminal: Bool
  /// The language of errors and of the `peringatan:` / `warning:` prefix; ``Timbang/run(_:console:)`` sets it from
  /// `--lang` before parsing.
  public var language: Language = .id
  /// The first failed write to standard output (`> /dev/full`, a closed pipe); later output is dropped and
  /// ``Timbang/run(_:console:)`` reports it as exit 73 once the command returns.
  public private(set) var outputFailure: TimbangError?

  public init(
    out: @escaping (String) throws -> Void, err: @escaping (String) throws -> Void,
    environment: [String: String] = [:],
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
      out: { try OutputWriter.write(Array($0.utf8), toDescriptor: 1, name: "<stdout>") },
      // A message that cannot be written to standard error has nowhere else to go; the exit code still tells.
      err: { try? OutputWriter.write(Array($0.utf8), toDescriptor: 2, name: "<stderr>") },
      environment: ProcessInfo.processInfo.environment,
      stderrIsTerminal: isatty(2) == 1)
  }

  /// Writes to standard output; the first failure is kept in ``outputFailure`` and later text is dropped.
  public func out(_ text: String) {
    guard outputFailure == nil else { return }
    do {
      try writeOut(text)
    } catch let error as TimbangError {
      outputFailure = error
    } catch {
      // Only a TimbangError is expected here; anything else is passed on as the system describes it.
      outputFailure = .cannotWrite(file: "<stdout>", reason: Localized("\(error)"))
    }
  }

  public func err(_ text: String) { try? writeErr(text) }

  /// Prints warnings on standard error, one per line, after `peringatan:` / `warning:` in ``language``.
  public func warn(_ warnings: [Localized]) {
    warn(warnings.map { MessageText.clean($0.text(language)) })
  }

  /// Prints warnings already in the console's language, one per line.
  public func warn(_ warnings: [String]) {
    let prefix = Console.warningPrefix.text(language)
    for w in warnings { err("\(prefix): \(w)\n") }
  }

  /// The word before every warning.
  public static let warningPrefix = Localized(id: "peringatan", en: "warning")
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
