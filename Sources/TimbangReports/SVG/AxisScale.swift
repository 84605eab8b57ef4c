import Foundation
import TimbangCore

/// A linear value axis: maps values in `range` to `start...end` and picks round tick values.
///
/// ```
/// position(v) = start + (clamp(v, range) − lower) / (upper − lower) × (end − start)
/// step        = the smallest of {1, 2, 2.5, 5} × 10^k giving at most `targetTicks` intervals
/// ```
///
/// Edge Cases: an empty range (`lower == upper`) is widened by one on each side; non-finite values map to `start`.
struct AxisScale {
  var lower: Double
  var upper: Double
  var start: Double
  var end: Double

  init(_ range: ClosedRange<Double>, start: Double, end: Double) {
    if range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound < range.upperBound {
      lower = range.lowerBound
      upper = range.upperBound
    } else {
      let centre = range.lowerBound.isFinite ? range.lowerBound : 0
      lower = centre - 1
      upper = centre + 1
    }
    self.start = start
    self.end = end
  }

  func position(_ value: Double) -> Double {
    guard value.isFinite else { return start }
    let v = min(max(value, lower), upper)
    return start + (v - lower) / (upper - lower) * (end - start)
  }

  /// Round tick values inside the range and the decimals needed to print them.
  func ticks(target: Int = 6) -> (values: [Double], places: Int) {
    let span = upper - lower
    let raw = span / Double(max(target, 1))
    let magnitude = pow(10, floor(log10(raw)))
    var step = magnitude * 10
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] where magnitude * m >= raw {
      step = magnitude * m
      break
    }
    var places = max(0, -Int(floor(log10(step) + 1e-9)))
    if (step / pow(10, -Double(places))).truncatingRemainder(dividingBy: 1) > 1e-9 { places += 1 }
    var values: [Double] = []
    var k = (lower / step - 1e-9).rounded(.up)
    while k * step <= upper + step * 1e-9 && values.count < 100 {
      values.append((k * step).rounded(places: places + 2))
      k += 1
    }
    return (values, places)
  }
}
