import Testing

@testable import TimbangCore

@Suite("Excel ROUND")
struct ExcelRoundTests {
  @Test(
    "ties round half away from zero on the 15-digit decimal",
    arguments: [
      (2.675, 2, 2.68), (1.005, 2, 1.01), (84.3875, 2, 84.39), (4.765, 2, 4.77), (4.745, 2, 4.75),
      (-2.5, 0, -3.0), (2.5, 0, 3.0), (0.125, 2, 0.13), (88.305, 2, 88.31), (76.605, 2, 76.61),
      (1234.0, -2, 1200.0), (1250.0, -2, 1300.0), (0.0049, 2, 0.0), (99.995, 2, 100.0), (9.9999, 3, 10.0),
      (3.2936, 2, 3.29), (84.388461538, 3, 84.388), (24.975, 2, 24.98), (0.5, 0, 1.0), (1e-20, 2, 0.0),
    ])
  func ties(x: Double, places: Int, expected: Double) {
    #expect(excelRound(x, places: places).value == expected)
  }

  @Test("computed values whose binary form falls just below a tie")
  func computedTies() {
    // 84.3875 reached by arithmetic lands on 84.38749999999999; Excel shows 84.39.
    let computed = 3.375538461538462 * 25 - 0.0010 + 0.0010
    #expect(excelRound(computed, places: 3).value == 84.388)
    #expect(excelRound(0.1 + 0.2, places: 1).value == 0.3)
    #expect(excelRound(4.7647 - 0.0000, places: 2).value == 4.76)
    #expect(excelRound((5.0 * 13 + 4.6 * 25 + 4.18 * 16.5 + 5.0 * 45.5) / 100, places: 2).value == 4.76)
  }

  @Test("digits and sign")
  func digits() {
    let r = excelRound(-0.001, places: 2)
    #expect(r.isNegative == false && r.integerDigits == "0" && r.fractionDigits == "00")
    let s = excelRound(1054804.5, places: 0)
    #expect(s.integerDigits == "1054805" && s.fractionDigits == "")
    let t = excelRound(-3.14159, places: 3)
    #expect(t.isNegative && t.integerDigits == "3" && t.fractionDigits == "142")
    #expect(excelRound(.nan, places: 2).isFinite == false)
  }

  @Test("the fast 15-digit path agrees with the C library's %.14e on random values")
  func fastPathAgrees() {
    var state: UInt64 = 42
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    for n in 0..<20_000 {
      let scale = [1e-7, 1e-3, 1, 100, 1e6, 1e12, 1e18][n % 7]
      // Mix of arbitrary doubles and short decimals (3.14, 84.3875) that take the fast path.
      let x = n % 2 == 0 ? Double(next() % 1_000_000_000) / 1e9 * scale : Double(next() % 100_000) / 10_000 * scale
      guard x > 0 else { continue }
      let fast = fifteenDigits(x)
      let text = String(format: "%.14e", x)
      let parts = text.split(separator: "e")
      var slow = parts[0].replacingOccurrences(of: ".", with: "").unicodeScalars.map { Int($0.value) - 48 }
      while slow.count > 1, slow.last == 0 { slow.removeLast() }
      #expect(fast.digits == slow && fast.exponent == Int(parts[1]), "\(x)")
    }
  }
}
