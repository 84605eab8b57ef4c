import Foundation
import TimbangCore
import TimbangIKM
import TimbangInstruments

/// Bundled instruments and datasets for IKM tests.
enum Fixtures {
  static let library = InstrumentLibrary(directory: BundledInstruments.directory)

  static func instrument(_ id: String = "skm-permenpanrb-14-2017") throws -> SKMInstrument {
    try SKMInstrument.load(library.load(id, kind: "skm"))
  }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func dataset(_ name: String) -> String { packageRoot.appendingPathComponent("Datasets/\(name)").path }

  /// A tally in which every element has the given sums over `answered` answers (counts spread over 3s and 4s etc.).
  static func group(sums: [Int], answered: Int) -> GroupTally {
    GroupTally(
      key: [], respondents: answered,
      elements: sums.map { sum in
        // Choose counts of 1…4 with the right total and sum: start from all 1s and raise answers one step at a time.
        var counts = [answered, 0, 0, 0]
        var extra = sum - answered
        var level = 0
        while extra > 0 && level < 3 {
          let move = min(counts[level], extra)
          counts[level] -= move
          counts[level + 1] += move
          extra -= move
          if counts[level] == 0 { level += 1 }
        }
        return ElementTally(counts: counts, missing: 0, invalid: 0)
      })
  }
}
