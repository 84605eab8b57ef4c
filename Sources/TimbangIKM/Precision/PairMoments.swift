/// Second-order tallies of one group: for every element pair (i, j), i ≤ j, the respondents answering both, Σ x_i
/// and Σ x_j over them, and Σ x_i·x_j over them. With i = j these are the answered count, the sum and Σ x².
///
/// Like the first-order tallies they are integers and add up exactly, so shards merge to the whole file's precision.
public struct PairMoments: Equatable, Sendable {
  /// Number of elements.
  public let k: Int
  /// Flattened upper triangle, row-major: index of (i, j), i ≤ j.
  public var both: [Int]
  public var sumI: [Int]
  public var sumJ: [Int]
  public var sumIJ: [Int]

  public init(elements k: Int) {
    self.k = k
    let size = k * (k + 1) / 2
    both = Array(repeating: 0, count: size)
    sumI = Array(repeating: 0, count: size)
    sumJ = Array(repeating: 0, count: size)
    sumIJ = Array(repeating: 0, count: size)
  }

  /// Position of the pair (i, j), i ≤ j, in the flattened arrays.
  @inline(__always) public func slot(_ i: Int, _ j: Int) -> Int { i * k - i * (i - 1) / 2 + (j - i) }

  /// Adds one respondent's valid scores (`0` = no valid answer).
  @inline(__always)
  public mutating func record(_ scores: UnsafeBufferPointer<Int>) {
    var s = 0
    for i in 0..<k {
      let x = scores[i]
      if x == 0 {
        s += k - i
        continue
      }
      for j in i..<k {
        let y = scores[j]
        if y != 0 {
          both[s] += 1
          sumI[s] += x
          sumJ[s] += y
          sumIJ[s] += x * y
        }
        s += 1
      }
    }
  }

  /// Adds one respondent's valid scores (`0` = no valid answer).
  public mutating func record(_ scores: [Int]) { scores.withUnsafeBufferPointer { record($0) } }

  public static func += (a: inout PairMoments, b: PairMoments) {
    for s in a.both.indices {
      a.both[s] += b.both[s]
      a.sumI[s] += b.sumI[s]
      a.sumJ[s] += b.sumJ[s]
      a.sumIJ[s] += b.sumIJ[s]
    }
  }

  /// `Σ_r a_ri a_rj (x_ri − m_i)(x_rj − m_j)` for centring means `m`.
  public func centredCrossProduct(_ i: Int, _ j: Int, means m: [Double]) -> Double {
    let (a, b) = i <= j ? (i, j) : (j, i)
    let s = slot(a, b)
    let si = Double(sumI[s])
    let sj = Double(sumJ[s])
    return Double(sumIJ[s]) - m[b] * si - m[a] * sj + m[a] * m[b] * Double(both[s])
  }

  /// `Σ_r a_ri (x_ri − m_i)` restricted to respondents answering i (from the diagonal).
  public func centredSum(_ i: Int, means m: [Double]) -> Double {
    let s = slot(i, i)
    return Double(sumI[s]) - m[i] * Double(both[s])
  }
}
