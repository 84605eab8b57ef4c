import TimbangCore

/// Turns what a user writes for an indicator or a node (`23`, `I23`, `3.4`, `I08`, `D3`, a name) into its position
/// in the instrument.
///
/// Accepted keys, case-, accent- and space-insensitive: the indicator number (`8`), `I` with the number (`I08`,
/// `I8`), the regulation's code (`3.4`), and — when the instrument allows it (`addressByName`) — the full name, the
/// name without the leading "Tingkat Kematangan", and listed aliases. Node codes (`D1`, `A7`) address domains and
/// aspects. Loading an instrument proves the keys are unambiguous.
///
/// Example: in `pemdi-permenpanrb-8-2026`, `3.4`, `8` and `I08` all resolve to indicator 8 (Pelindungan Data
/// Pribadi).
public struct IndicatorResolver: Sendable {
  /// What a key names.
  public enum Target: Equatable, Sendable {
    /// Position in ``IndexInstrument/indicators``.
    case indicator(Int)
    /// A node: tier position and node position.
    case node(tier: Int, node: Int)
  }

  private var table: [String: Target] = [:]

  public init(_ instrument: IndexInstrument) {
    for (t, tier) in instrument.tiers.enumerated() {
      for (n, node) in tier.nodes.enumerated() { table[HeaderName.normalize(node.code)] = .node(tier: t, node: n) }
    }
    for (i, indicator) in instrument.indicators.enumerated() {
      for key in IndicatorResolver.keys(for: indicator, byName: instrument.addressByName) {
        table[HeaderName.normalize(key)] = .indicator(i)
      }
    }
  }

  /// The keys that address `indicator`.
  static func keys(for indicator: IndexInstrument.Indicator, byName: Bool) -> [String] {
    let n = indicator.number
    var keys = [String(n), "I\(n)", n < 10 ? "I0\(n)" : "I\(n)", indicator.code]
    if byName {
      keys.append(indicator.name)
      let prefix = "Tingkat Kematangan "
      if indicator.name.hasPrefix(prefix) { keys.append(String(indicator.name.dropFirst(prefix.count))) }
      keys += indicator.aliases
    }
    return keys
  }

  /// What `text` names, or `nil`.
  public func resolve(_ text: String) -> Target? {
    let key = HeaderName.normalize(text)
    if let hit = table[key] { return hit }
    // "08" is indicator 8.
    if let n = Int(key), let hit = table[String(n)] { return hit }
    return nil
  }

  /// The indicator `text` names, or `nil` (node codes are not indicators).
  public func indicator(_ text: String) -> Int? {
    if case .indicator(let i) = resolve(text) { return i }
    return nil
  }
}
