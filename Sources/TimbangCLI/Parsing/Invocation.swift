import TimbangCore

/// A parsed command line: the command, its option values and positional arguments. Pure data, built by
/// ``CommandLineParser/parse(_:commands:)``.
public struct Invocation: Sendable {
  public var command: CommandSpec
  public var values: [String: [String]]
  public var flags: Set<String>
  public var arguments: [String]
  /// When set, output is collected here instead of written (sections of `timbang report`).
  public var capture: OutputCapture? = nil

  /// The last value of option `name`.
  public func value(_ name: String) -> String? { values[name]?.last }
  /// Every value of a repeatable option, in order.
  public func all(_ name: String) -> [String] { values[name] ?? [] }
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// A choice option's value mapped to an enum, or `fallback` when absent.
  public func choice<T: RawRepresentable>(_ name: String, default fallback: T) throws -> T where T.RawValue == String {
    guard let raw = value(name) else { return fallback }
    guard let v = T(rawValue: raw) else {
      throw TimbangError.usage(
        Localized(id: "--\(name): nilai \"\(raw)\" tidak dikenal", en: "--\(name): unknown value \"\(raw)\""))
    }
    return v
  }

  /// A numeric option value.
  public func number(_ name: String) throws -> Double? {
    guard let raw = value(name) else { return nil }
    guard let v = NumberParsing.parse(raw, decimalComma: false) else {
      throw TimbangError.usage(
        Localized(id: "--\(name): \"\(raw)\" bukan angka", en: "--\(name): \"\(raw)\" is not a number"))
    }
    return v
  }

  /// An integer option value.
  public func integer(_ name: String) throws -> Int? {
    guard let raw = value(name) else { return nil }
    guard let v = Int(raw) else {
      throw TimbangError.usage(
        Localized(id: "--\(name): \"\(raw)\" bukan bilangan bulat", en: "--\(name): \"\(raw)\" is not a whole number"))
    }
    return v
  }

  public var language: Language { Language(rawValue: value("lang") ?? "id") ?? .id }
  public var format: String { value("format") ?? "text" }
  public var outputPath: String? { value("output") }

  /// The `--delimiter` option as a dialect, or `nil` to sniff.
  public func dialect() throws -> CSVDialect? {
    guard let raw = value("delimiter") else { return nil }
    guard let d = CSVDialect(option: raw) else {
      throw TimbangError.usage(
        Localized(id: "--delimiter: gunakan ',', ';' atau 'tab'", en: "--delimiter: use ',', ';' or 'tab'"))
    }
    return d
  }
}
