import TimbangCore

/// Which element weights an IKM is computed with — a named policy, reported in every output.
///
/// - `printed` (default): the weight printed on the regulation's processing form (0.111 for 9 elements, 0.071 for
///   14). Every published figure checked reproduces only with it; all-4 answers give 99.90.
/// - `exact`: 1/k. Consistent with the regulation's own interval table; all-4 answers give exactly 100.
/// - `custom`: the instrument's own weights or a weights file (`element,weight`), summing to 1 within 1e-9.
public enum WeightPolicy: String, Sendable, CaseIterable {
  case printed
  case exact
  case custom
}

/// A weight vector with the policy that produced it.
public struct Weighting: Equatable, Sendable {
  public var policy: WeightPolicy
  public var weights: [Double]

  public init(policy: WeightPolicy, weights: [Double]) {
    self.policy = policy
    self.weights = weights
  }

  /// The weights of `policy` for `instrument`; `custom` takes `customWeights` (from a file) or the instrument's own.
  ///
  /// - Throws: ``TimbangError/usage(_:)`` when `custom` has no weights to use.
  public static func make(
    _ policy: WeightPolicy, for instrument: SKMInstrument, customWeights: [Double]? = nil
  ) throws -> Weighting {
    let k = instrument.elements.count
    switch policy {
    case .printed: return Weighting(policy: .printed, weights: instrument.weights.printed)
    case .exact: return Weighting(policy: .exact, weights: Array(repeating: 1 / Double(k), count: k))
    case .custom:
      guard let weights = customWeights ?? instrument.weights.custom else {
        throw TimbangError.usage(
          Localized(
            id: "--weights custom: instrumen \(instrument.id) tidak memiliki bobot khusus; berikan --weights-file FILE",
            en: "--weights custom: instrument \(instrument.id) has no custom weights; give --weights-file FILE"))
      }
      return Weighting(policy: .custom, weights: weights)
    }
  }
}
