import Testing

@testable import TimbangIKM

@Suite("Krejcie–Morgan sample size")
struct SampleSizeTests {
  /// Rows of the published table (PermenPANRB 14/2017), rounded to the nearest integer.
  @Test(
    "published table rows",
    arguments: [
      (10, 10), (15, 14), (20, 19), (50, 44), (100, 80), (150, 108), (200, 132), (500, 217), (1000, 278),
      (2000, 322), (5000, 357), (10000, 370), (20000, 377), (30000, 379), (50000, 381), (75000, 382), (1_000_000, 384),
    ])
  func table(population: Int, sample: Int) {
    #expect(SampleSize.krejcieMorgan(population: population) == sample)
  }
}
