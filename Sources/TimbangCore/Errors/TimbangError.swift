/// Every failure Timbang reports to a user. Cases carry *where* (file, line, column or JSON path) and *what was
/// expected*, in Indonesian and English (``Localized``); one function in the CLI renders them in the `--lang` language
/// and maps them to the documented exit codes (sysexits).
///
/// ```
/// usage          message                                    exit 64
/// badInput       LOCATION: message                          exit 65
/// badInstrument  LOCATION: instrumen tidak sah | invalid instrument: message   exit 65
/// cannotRead     FILE: tidak dapat dibaca | cannot read: reason                  exit 66
/// cannotWrite    FILE: tidak dapat ditulis | cannot write: reason                exit 73
/// internalError  galat internal | internal error: message (English: a bug report)  exit 70
/// ```
///
/// Edge Cases: the location (`file:line:column`, `file: $.path`) is the same in both languages; only the words
/// after it change. ``internalError(_:)`` carries English text for the bug report whatever the language.
///
/// Example: `.badInput(SourceLocation(file: "responses.csv", line: 41, column: "U3"), Localized(id: "jawaban \"5\"
/// di luar rentang 1–4", en: "answer \"5\" is outside 1–4"))` renders as `responses.csv:41:U3: jawaban "5" di luar
/// rentang 1–4` in Indonesian and `responses.csv:41:U3: answer "5" is outside 1–4` in English.
public enum TimbangError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A command line that cannot be understood (exit 64).
  case usage(Localized)
  /// Input data that cannot be scored as given: malformed CSV, an out-of-range answer, a missing column (exit 65).
  case badInput(SourceLocation, Localized)
  /// An instrument file that fails to decode or validate (exit 65); the location carries the JSON path.
  case badInstrument(SourceLocation, Localized)
  /// An input file that is missing or unreadable (exit 66).
  case cannotRead(file: String, reason: Localized)
  /// An output file that cannot be written (exit 73).
  case cannotWrite(file: String, reason: Localized)
  /// A bug in Timbang (exit 70); English, for the bug report.
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

  /// The one-line message in `language`, e.g. `responses.csv:41:U3: jawaban "5" di luar rentang 1–4`.
  ///
  /// Text quoted from the input is made printable and kept short (``MessageText/clean(_:)``), so a rejected cell
  /// holding newlines, terminal escapes or megabytes of binary data still gives one readable line.
  public func message(in language: Language) -> String { MessageText.clean(rawMessage(in: language)) }

  /// The English message, e.g. `responses.csv:41:U3: answer "5" is outside 1–4` (for developers and logs).
  public var description: String { message(in: .en) }

  /// The English message exactly as composed, before ``MessageText/clean(_:)``.
  public var rawDescription: String { rawMessage(in: .en) }

  /// The message in `language` exactly as composed, before ``MessageText/clean(_:)``.
  public func rawMessage(in language: Language) -> String {
    switch self {
    case .usage(let message):
      return message.text(language)
    case .badInput(let location, let message):
      return "\(location): \(message.text(language))"
    case .badInstrument(let location, let message):
      return "\(location): \(Words.invalidInstrument.text(language)): \(message.text(language))"
    case .cannotRead(let file, let reason):
      return "\(file): \(Words.cannotRead.text(language)): \(reason.text(language))"
    case .cannotWrite(let file, let reason):
      return "\(file): \(Words.cannotWrite.text(language)): \(reason.text(language))"
    case .internalError(let message):
      return "\(Words.internalError.text(language)): \(message)"
    }
  }

  /// The fixed words between the location and the message.
  public enum Words {
    public static let invalidInstrument = Localized(id: "instrumen tidak sah", en: "invalid instrument")
    public static let cannotRead = Localized(id: "tidak dapat dibaca", en: "cannot read")
    public static let cannotWrite = Localized(id: "tidak dapat ditulis", en: "cannot write")
    public static let internalError = Localized(id: "galat internal", en: "internal error")
  }
}
