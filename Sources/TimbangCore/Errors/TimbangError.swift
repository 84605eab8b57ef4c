/// Every failure Timbang reports to a user. Cases carry *where* (file, line, column or JSON path) and *what was
/// expected*; one function in the CLI renders them and maps them to the documented exit codes (sysexits).
public enum TimbangError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A command line that cannot be understood (exit 64).
  case usage(String)
  /// Input data that cannot be scored as given: malformed CSV, an out-of-range answer, a missing column (exit 65).
  case badInput(SourceLocation, String)
  /// An instrument file that fails to decode or validate (exit 65); the location carries the JSON path.
  case badInstrument(SourceLocation, String)
  /// An input file that is missing or unreadable (exit 66).
  case cannotRead(file: String, reason: String)
  /// An output file that cannot be written (exit 73).
  case cannotWrite(file: String, reason: String)
  /// A bug in Timbang (exit 70).
  case internalError(String)

  /// The sysexits code: 64 usage, 65 data, 66 no input, 70 software, 73 can't create.
  public var exitCode: Int32 {
    switch self {
    case .usage: return 64
    case .badInput, .badInstrument: return 65
    case .cannotRead: return 66
    case .internalError: return 70
    case .cannotWrite: return 73
    }
  }

  /// The one-line message, e.g. `responses.csv:41:U3: answer "5" is outside 1–4`.
  ///
  /// Text quoted from the input is made printable and kept short (``MessageText/clean(_:)``), so a rejected cell
  /// holding newlines, terminal escapes or megabytes of binary data still gives one readable line.
  public var description: String { MessageText.clean(rawDescription) }

  /// The message exactly as composed, before ``MessageText/clean(_:)``.
  public var rawDescription: String {
    switch self {
    case .usage(let message): return message
    case .badInput(let location, let message): return "\(location): \(message)"
    case .badInstrument(let location, let message): return "\(location): invalid instrument: \(message)"
    case .cannotRead(let file, let reason): return "\(file): cannot read: \(reason)"
    case .cannotWrite(let file, let reason): return "\(file): cannot write: \(reason)"
    case .internalError(let message): return "internal error: \(message)"
    }
  }
}
