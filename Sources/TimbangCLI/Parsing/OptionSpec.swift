/// One option of a subcommand. The table of options drives both parsing and `--help`.
public struct OptionSpec: Sendable, Equatable {
  /// Long name without dashes (`instrument`).
  public var name: String
  /// Optional one-letter alias without dash (`o`).
  public var short: Character?
  /// Placeholder for the value (`ID|PATH`); `nil` for a flag.
  public var valueName: String?
  public var help: String
  /// Allowed values, checked while parsing.
  public var choices: [String]?
  /// Whether the option may be given several times (`--set 23=3 --set 29=+2`).
  public var repeatable: Bool

  public init(
    _ name: String, short: Character? = nil, value: String? = nil, help: String, choices: [String]? = nil,
    repeatable: Bool = false
  ) {
    self.name = name
    self.short = short
    self.valueName = value
    self.help = help
    self.choices = choices
    self.repeatable = repeatable
  }

  public var isFlag: Bool { valueName == nil }
}

/// Options shared by many commands, defined once.
public enum CommonOptions {
  public static func format(_ formats: [String]) -> OptionSpec {
    OptionSpec(
      "format", value: formats.joined(separator: "|"), help: "output format (default: text)", choices: formats)
  }
  public static let output = OptionSpec(
    "output", short: "o", value: "FILE", help: "write to FILE (atomically) instead of standard output")
  public static let lang = OptionSpec(
    "lang", value: "id|en", help: "language of labels and number format (default: id)", choices: ["id", "en"])
  /// `--lang` on commands without labels: it chooses the language of error messages only.
  public static let messageLang = OptionSpec(
    "lang", value: "id|en", help: "language of messages (default: id)", choices: ["id", "en"])
  public static let instrument = OptionSpec(
    "instrument", value: "ID|PATH", help: "instrument id (see `timbang instruments`) or path to an instrument file")
  public static let instruments = OptionSpec(
    "instruments", value: "DIR", help: "folder of instrument files (default: $TIMBANG_INSTRUMENTS, then the bundled ones)")
  public static let table = OptionSpec("table", value: "ID", help: "pick one annex table by id")
  public static let delimiter = OptionSpec(
    "delimiter", value: ",|;|tab", help: "CSV delimiter (default: sniffed from the header line)")
}
