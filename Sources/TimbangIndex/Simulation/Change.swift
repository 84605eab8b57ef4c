import TimbangCore

/// One what-if change: an indicator or a node set to a value (`23=3`, `D3=2.50`) or moved by a step (`29=+2`).
public struct Change: Sendable, Equatable {
  public enum Operation: Sendable, Equatable {
    case set(Rational)
    case add(Rational)
  }

  public var target: IndicatorResolver.Target
  public var operation: Operation
  /// As the user wrote it (`29=+2`), for messages and output.
  public var text: String
  /// Where it was written (`--set`, `scenarios.csv:4:value`), for errors when it is applied.
  public var location: SourceLocation

  public init(target: IndicatorResolver.Target, operation: Operation, text: String, location: SourceLocation) {
    self.target = target
    self.operation = operation
    self.text = text
    self.location = location
  }

  /// Parses `TARGET=VALUE` where VALUE is absolute (`3`, `2.50`) or relative (`+2`, `-1`).
  ///
  /// - Parameters:
  ///   - location: where the text came from (`--set`, `scenarios.csv:4:target`), for errors.
  /// - Throws: ``TimbangError/usage(_:)`` for text without `=`; ``TimbangError/badInput(_:_:)`` for an unknown
  ///   target or a value that is not a number.
  public static func parse(_ text: String, instrument: IndexInstrument, location: SourceLocation) throws -> Change {
    guard let eq = text.firstIndex(of: "=") else {
      throw TimbangError.usage(
        Localized(
          id: "\(location): \"\(text)\" bukan TARGET=VALUE (misalnya 23=3, 29=+2, D3=2.50)",
          en: "\(location): \"\(text)\" is not TARGET=VALUE (e.g. 23=3, 29=+2, D3=2.50)"))
    }
    return try make(
      target: String(text[..<eq]), value: String(text[text.index(after: eq)...]), decimalComma: false,
      instrument: instrument, location: location, text: text)
  }

  /// Builds a change from a target and a value text (scenario files).
  public static func make(
    target targetText: String, value valueText: String, decimalComma: Bool, instrument: IndexInstrument,
    location: SourceLocation, valueLocation: SourceLocation? = nil, text: String? = nil,
    resolver: IndicatorResolver? = nil
  ) throws -> Change {
    let resolver = resolver ?? IndicatorResolver(instrument)
    let name = targetText.trimmingWhitespace
    guard let target = resolver.resolve(name) else {
      func examples(_ language: Language) -> String {
        instrument.tiers.map { "\($0.label.text(language).lowercased()) \($0.nodes.first?.code ?? "")" }
          .joined(separator: ", ")
      }
      let count = instrument.indicators.count
      throw TimbangError.badInput(
        location,
        Localized(
          id: "target \"\(name)\" tidak dikenal (seharusnya indikator 1–\(count) atau kode seperti \(examples(.id)))",
          en: "unknown target \"\(name)\" (expected an indicator 1–\(count) or a code such as \(examples(.en)))"))
    }
    let v = valueText.trimmingWhitespace
    let relative = v.hasPrefix("+") || v.hasPrefix("-")
    guard let number = ValueParsing.number(relative ? String(v.dropFirst()) : v, decimalComma: decimalComma) else {
      throw TimbangError.badInput(
        valueLocation ?? location,
        Localized(
          id: "\"\(v)\" bukan nilai atau langkah (+1, -1) untuk \(name)",
          en: "\"\(v)\" is not a value or a step (+1, -1) for \(name)"))
    }
    let operation: Operation = relative ? .add(v.hasPrefix("-") ? -number : number) : .set(number)
    return Change(
      target: target, operation: operation, text: text ?? "\(name)=\(v)", location: valueLocation ?? location)
  }
}

/// A named set of changes to compare with the base (`--set …` or a scenarios file).
public struct Scenario: Sendable, Equatable {
  public var name: String
  public var changes: [Change]

  public init(name: String, changes: [Change]) {
    self.name = name
    self.changes = changes
  }

  /// Reads a scenarios CSV: `scenario,target,value`, one change per row; scenarios keep the order of their first
  /// row.
  ///
  /// - Throws: located errors for a missing column, an unknown target or a malformed value.
  public static func read(_ bytes: [UInt8], fileName: String, instrument: IndexInstrument, dialect: CSVDialect? = nil)
    throws -> [Scenario]
  {
    let table = try CSVTable(reader: CSVReader(bytes: bytes, fileName: fileName, dialect: dialect))
    let nameColumn = try table.requiredColumn(["scenario", "skenario", "name"])
    let targetColumn = try table.requiredColumn(["target", "indicator", "indikator"])
    let valueColumn = try table.requiredColumn(["value", "nilai", "level"])
    var scenarios: [Scenario] = []
    let resolver = IndicatorResolver(instrument)
    for row in try table.allRows() {
      let name = row.fields[nameColumn]
      guard !name.isEmpty else {
        throw TimbangError.badInput(
          SourceLocation(file: fileName, line: row.line, column: table.header[nameColumn]),
          Localized(id: "nama skenario kosong", en: "scenario name is empty"))
      }
      let change = try Change.make(
        target: row.fields[targetColumn], value: row.fields[valueColumn], decimalComma: table.dialect.decimalComma,
        instrument: instrument,
        location: SourceLocation(file: fileName, line: row.line, column: table.header[targetColumn]),
        valueLocation: SourceLocation(file: fileName, line: row.line, column: table.header[valueColumn]),
        resolver: resolver)
      if let i = scenarios.firstIndex(where: { $0.name == name }) {
        scenarios[i].changes.append(change)
      } else {
        scenarios.append(Scenario(name: name, changes: [change]))
      }
    }
    guard !scenarios.isEmpty else {
      throw TimbangError.badInput(
        SourceLocation(file: fileName),
        Localized(
          id: "tidak ada skenario (seharusnya ada baris scenario,target,value)",
          en: "no scenarios (expected rows scenario,target,value)"))
    }
    return scenarios
  }
}
