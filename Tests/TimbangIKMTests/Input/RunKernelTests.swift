import Foundation
import Testing
import TimbangCore

@testable import TimbangIKM

/// The parallel scanner's run kernel (`RecordTallier+Run.swift`), its 8-bit group blocks (`HotCounts`) and its cache
/// of short keys (`WordCache`): whatever it tallies must equal the general per-record path and the naive reference.
@Suite("Run kernel")
struct RunKernelTests {
  @Test("files in the kernel's shape: parallel (run kernel) == sequential == naive reference", arguments: 0..<30)
  func kernelShape(seed: Int) throws {
    let instrument = try Fixtures.instrument(seed % 3 == 2 ? "skm-kepmenpan-25-2004" : "skm-permenpanrb-14-2017")
    var random = SplitMix64(seed: UInt64(seed) &* 104_729 &+ 17)
    let shape = RandomSurvey.kernelShape(&random, elements: instrument.elements.map(\.code))
    // Up to 3,000 rows: groups pass 255 respondents (their 8-bit blocks flush) when there are few groups.
    let survey = RandomSurvey.make(shape: shape, rows: 300 + Int(random.below(2700)), random: &random)
    let path = try ParallelScannerTests.file(survey.bytes)
    let missing: MissingPolicy = seed % 4 == 1 ? .listwise : .available
    let scanner = SurveyScanner(instrument: instrument, by: shape.by, missing: missing, invalid: .missing)
    let sequential = ParallelScannerTests.outcome { try scanner.scan(table: CSVTable(path: path)) }
    let naive = try NaiveTally.tally(
      survey.bytes, instrument: instrument, by: shape.by, missing: missing, delimiter: shape.delimiter)
    #expect(try sequential.get().tally == naive.tally)
    #expect(try sequential.get().rowsRead == naive.rows)
    let settings = ParallelScannerTests.settings + [ScanOptions(threads: 2, minimumParallelBytes: 0)]
    for options in settings {
      let parallel = ParallelScannerTests.outcome { try scanner.scan(path: path, options: options) }
      #expect(ParallelScannerTests.same(parallel, sequential), "options \(options), shape \(shape)")
      // The kernel takes records of up to 127 bytes ending in LF or CR LF (labels, invalid answers and empty lines
      // send single records to the general path).
      let scan = try parallel.get()
      if case .parallel = scan.path {
        #expect(scan.runRows > 0, "options \(options), shape \(shape)")
      }
    }
  }

  /// Unit names that make records of about 50 bytes (one 64-byte block), about 100 (two blocks: 128-bit masks), and
  /// over 127 (declined: the general path).
  static let unitNames = [
    "UPT-", "Unit Pelaksana Teknis Dinas Kependudukan dan Pencatatan Sipil ", String(repeating: "U", count: 120),
  ]

  @Test(
    "records of the common shape up to 127 bytes, LF or CR LF, all go through the kernel, with the general tally",
    arguments: unitNames.map { ($0, "\n") } + unitNames.prefix(2).map { ($0, "\r\n") })
  func commonShape(unitName: String, newline: String) throws {
    let instrument = try Fixtures.instrument()
    var random = SplitMix64(seed: 99)
    var text = "unit,periode,jenis kelamin,usia,pendidikan,pekerjaan,U1,U2,U3,U4,U5,U6,U7,U8,U9" + newline
    // Profile spans (`L,43,SMA,PNS`) of up to 23 bytes are held by ProfileSpans; the last occupation makes longer
    // ones, counted column by column.
    let occupations = ["PNS", "Wiraswasta", "TNI/Polri", "Pegawai Negeri Sipil (PNS)"]
    let rows = 70_000
    for _ in 0..<rows {
      let unit = unitName + "\(random.below(7))"
      let answers = (0..<9).map { _ in random.below(20) == 0 ? "" : String(1 + random.below(4)) }
      text += [unit, "2024-Q\(1 + random.below(4))", random.below(2) == 0 ? "L" : "P", String(17 + random.below(60)),
        ["SD", "SMP", "SMA", "S1"][Int(random.below(4))], occupations[Int(random.below(UInt64(occupations.count)))]]
        .joined(separator: ",") + "," + answers.joined(separator: ",") + newline
    }
    let path = try ParallelScannerTests.file(Array(text.utf8))
    // One `--by` column, two side by side (in either order), none.
    for by in [["unit"], ["unit", "periode"], ["periode", "unit"], []] {
      let scanner = SurveyScanner(instrument: instrument, by: by)
      let sequential = try scanner.scan(table: CSVTable(path: path))
      // 7 units, 4 quarters.
      let groups = by.isEmpty ? 1 : by.count == 1 ? 7 : 28
      #expect(sequential.runRows == 0 && sequential.tally.groups.count == groups)
      for threads in [1, 2] {
        let parallel = try scanner.scan(path: path, options: ScanOptions(threads: threads, minimumParallelBytes: 0))
        #expect(parallel.tally == sequential.tally && parallel.rowsRead == rows, "by \(by)")
        #expect(parallel.runRows == (unitName.count < 100 ? rows : 0), "by \(by)")
      }
    }
  }

  @Test("an 8-bit block adds exactly into the 16-bit rows, and zeroes itself", arguments: [9, 14, 3])
  func hotCounts(elements: Int) {
    var random = SplitMix64(seed: UInt64(elements))
    var hot = HotCounts(elementCount: elements, scaleCount: 4)
    var counts = CountMatrix(columns: 1 + elements * 6)
    var profiles = CountMatrix()
    var expected = [Int](repeating: 0, count: 3 * (1 + elements * 6))
    var expectedProfiles: [Int: Int] = [:]
    for _ in 0..<3 {
      for g in 0..<3 {
        counts.grow(toInclude: g, 0)
        let block = hot.block(g)
        for _ in 0..<Int(random.below(256)) {
          block[0] += 1
          expected[g * (1 + elements * 6)] += 1
          let e = Int(random.below(UInt64(elements)))
          if random.below(5) == 0 {
            block[hot.missingBase + e] += 1
            expected[g * (1 + elements * 6) + 1 + e * 6 + 4] += 1
          } else {
            let c = Int(random.below(4))
            block[1 + e * hot.lanes + c] += 1
            expected[g * (1 + elements * 6) + 1 + e * 6 + c] += 1
          }
          let v = Int(random.below(UInt64(hot.profileSlots)))
          block[hot.profileBase + v] += 1
          expectedProfiles[g * 1000 + v, default: 0] += 1
        }
      }
      hot.flushAll(counts: &counts, profiles: &profiles)
      for g in 0..<3 { #expect((0..<hot.blockBytes).allSatisfy { hot.block(g)[$0] == 0 }) }
    }
    for g in 0..<3 {
      for column in 0..<(1 + elements * 6) {
        #expect(counts.value(row: g, column: column) == expected[g * (1 + elements * 6) + column])
      }
    }
    for (key, n) in expectedProfiles { #expect(profiles.value(row: key / 1000, column: key % 1000) == n) }
    #expect(hot.lanes == 4 && HotCounts(elementCount: 9, scaleCount: 5).lanes == 5)
    #expect(hot.blockBytes % 32 == 0 && hot.profileSlots >= 16)
    // Widening flushes every block (nothing is lost) and makes room for the value, up to the largest block.
    hot.block(1)[0] = 7
    hot.block(1)[hot.profileBase + 3] = 7
    #expect(hot.widen(toHold: 100, counts: &counts, profiles: &profiles))
    #expect(hot.profileSlots >= 101 && hot.blockBytes % 32 == 0 && hot.block(1)[0] == 0)
    #expect(counts.value(row: 1, column: 0) == expected[1 * (1 + elements * 6)] + 7)
    #expect(profiles.value(row: 1, column: 3) == expectedProfiles[1003, default: 0] + 7)
    #expect(!hot.widen(toHold: HotCounts.maxBlockBytes, counts: &counts, profiles: &profiles))
  }

  @Test("the interner's direct-table slots of one- and two-byte keys: first byte high, never colliding")
  func tinyKeys() {
    let bytes: [UInt8] = [0x4C, 0x50, 0, 0]
    bytes.withUnsafeBufferPointer { buffer in
      let p = buffer.baseAddress!
      #expect(KeyInterner.tinyKey(p, 1) == 0x1_004C && KeyInterner.tinyKey(p, 2) == 0x4C50)
      #expect(KeyInterner.tinyKey(p + 1, 1) == 0x1_0050 && KeyInterner.tinyKey(p + 1, 1) < KeyInterner.tinySlots)
    }
  }

  @Test("short keys: words are distinct for every (bytes, length, kind), and a hit returns what was stored")
  func wordCache() {
    let cache = WordCache()
    let view = cache.view
    // The same 16 padding bytes after every key: only the key's own bytes may matter.
    let bytes: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz012345".utf8)
    var distinct: Set<[UInt64]> = []
    for kind in 0..<WordCache.kinds {
      for n in 0...WordCache.maxLength {
        let (head, tail) = bytes.withUnsafeBufferPointer { view.words($0.baseAddress!, n, kind: kind) }
        #expect(distinct.insert([head, tail]).inserted, "kind \(kind) length \(n)")
        let index = view.index(head, tail)
        view.store(head, tail, id: kind * 100 + n, at: index)
        let found = view.lookup(head, tail, at: index)
        #expect(found.hit && found.id == kind * 100 + n)
        // Another key at the same index is a miss.
        #expect(!view.lookup(head ^ 1, tail, at: index).hit)
      }
    }
    // Bytes past the key's length never change its words; a byte inside it does.
    func words(_ text: String, _ n: Int) -> (UInt64, UInt64) {
      let padded = Array(text.utf8) + Array(repeating: 0x5A, count: 16)
      return padded.withUnsafeBufferPointer { view.words($0.baseAddress!, n, kind: 3) }
    }
    #expect(words("abcdefghijklmno", 15) == words("abcdefghijklmnoXYZ", 15))
    #expect(words("abcdefghijklmno", 15) != words("abcdefghijklmnQ", 15))
    #expect(words("abcdefg", 7) == words("abcdefgh", 7) && words("abcdefg", 7) != words("abcdefQ", 7))
  }

  @Test("profile spans: keys distinct for every (bytes, length), a hit gives what was held, a full map holds no more")
  func profileSpans() {
    var spans = ProfileSpans()
    let view = spans.view
    // Every offset in a block fits an entry's lanes.
    #expect(HotCounts.maxBlockBytes <= 1 << ProfileSpans.offsetBits && ProfileSpans.maxColumns == 6)
    // The same padding after every span: only the span's own bytes may matter (a NUL inside one too).
    let bytes: [UInt8] = Array("P,43,SMA,Swasta".utf8) + [0, 0] + Array("abcdefghijklmnop".utf8)
    var distinct: Set<[UInt64]> = []
    for n in 0...ProfileSpans.maxLength {
      let key = bytes.withUnsafeBufferPointer { view.key($0.baseAddress!, n) }
      #expect(distinct.insert([key.w0, key.w1, key.w2]).inserted, "length \(n)")
      #expect(view.lookup(key, at: view.index(key)) == nil && spans.find(key, from: view.index(key)) == nil)
      spans.insert(key, from: view.index(key), offsets: UInt64(100 + n))
      let held = view.lookup(key, at: view.index(key)) ?? spans.find(key, from: view.index(key))
      #expect(held == UInt64(100 + n), "length \(n)")
    }
    func key(_ text: String, _ n: Int) -> ProfileSpans.Key {
      let padded = Array(text.utf8) + Array(repeating: 0x5A, count: 24)
      return padded.withUnsafeBufferPointer { view.key($0.baseAddress!, n) }
    }
    let a = key("L,43,SMA,Wiraswasta", 19)
    #expect(a.w0 == key("L,43,SMA,Wiraswasta,3,4", 19).w0 && a.w2 == key("L,43,SMA,Wiraswasta,3,4", 19).w2)
    #expect(a.w2 != key("L,43,SMA,Wiraswastb", 19).w2 && a.w0 != key("P,43,SMA,Wiraswasta", 19).w0)
    // Spans that share a first slot are all found (linear probing), and the map stops taking spans when full.
    var held: [(ProfileSpans.Key, UInt64)] = []
    var i = 0
    while spans.count < ProfileSpans.maxEntries {
      let k = key("U\(i)", 1 + String(i).count)
      spans.insert(k, from: view.index(k), offsets: UInt64(i + 1))
      held.append((k, UInt64(i + 1)))
      i += 1
    }
    for (k, offsets) in held {
      #expect((view.lookup(k, at: view.index(k)) ?? spans.find(k, from: view.index(k))) == offsets)
    }
    let late = key("late", 4)
    spans.insert(late, from: view.index(late), offsets: 7)
    #expect(spans.count == ProfileSpans.maxEntries && spans.find(late, from: view.index(late)) == nil)
  }

  @Test(
    "a run with one empty answer: its place comes from the delimiters, the others are checked and counted at once",
    arguments: [9, 14])
  func oneBlank(elements: Int) throws {
    #if arch(x86_64)
      let codes = UnsafeMutablePointer<Int>.allocate(capacity: elements)
      let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
      let offsets = UnsafeMutablePointer<Int>.allocate(capacity: elements)
      let block = UnsafeMutablePointer<UInt8>.allocate(capacity: HotCounts.maxBlockBytes)
      defer {
        codes.deallocate()
        table.deallocate()
        offsets.deallocate()
        block.deallocate()
      }
      let answers = RunAnswers(
        elementCount: elements, scaleMin: 1, scaleCount: 4, inOrder: true, codes: codes, table: table,
        offsets: offsets, blankCode: 4, lanes: 4)
      defer { answers.deallocate() }
      #expect(answers.vectors)
      var random = SplitMix64(seed: UInt64(elements))
      // As the kernel does: the delimiters from 2 × elements − 1 bytes before the line end (the end of `run`), and
      // none before that.
      func place(_ run: [UInt8]) -> Int? {
        let d = run.enumerated().reduce(UInt64(0)) {
          $1.element == UInt8(ascii: ",") ? $0 | UInt64(1) << UInt64($1.offset) : $0
        }
        let shift = run.count - (2 * elements - 1)
        guard shift >= 0, (d >> UInt64(shift)) << UInt64(shift) == d else { return nil }
        return answers.blankPlace(d >> UInt64(shift))
      }
      for b in 0..<elements {
        let scores = (0..<elements).map { $0 == b ? 0 : 1 + Int(random.below(4)) }
        // The delimiter before the first answer, the answers, the line end, and bytes after it.
        let run = Array(("," + scores.map { $0 == 0 ? "" : String($0) }.joined(separator: ",")).utf8)
        let bytes = run + [10] + Array(repeating: UInt8(ascii: "9"), count: 40)
        #expect(place(run) == b, "blank \(b)")
        block.initialize(repeating: 0, count: HotCounts.maxBlockBytes)
        let checked = bytes.withUnsafeBufferPointer { answers.check($0.baseAddress! + 1, blank: b) }
        let answered = try #require(checked, "blank \(b)")
        answers.count(answered, blank: b, into: block)
        for e in 0..<elements {
          for c in 0..<4 { #expect(block[1 + 4 * e + c] == (scores[e] == c + 1 ? 1 : 0), "blank \(b) element \(e)") }
          #expect(block[answers.missingBase + e] == (e == b ? 1 : 0), "blank \(b) element \(e)")
        }
        // Nothing else in the block changes (the last group of four may be partial).
        let untouched = answers.missingBase + elements..<HotCounts.maxBlockBytes
        #expect(block[0] == 0 && untouched.allSatisfy { block[$0] == 0 })
        // Another answer off the scale: not taken.
        let other = (b + 1) % elements
        let off = Array(
          ("," + scores.enumerated().map { $0.offset == other ? "5" : $0.element == 0 ? "" : String($0.element) }
            .joined(separator: ",")).utf8)
        let offBytes = off + [10] + Array(repeating: UInt8(ascii: "9"), count: 40)
        #expect(offBytes.withUnsafeBufferPointer { answers.check($0.baseAddress! + 1, blank: b) } == nil)
      }
      // Not one empty answer: none, two, or a two-byte answer.
      let full = Array(("," + (0..<elements).map { _ in "2" }.joined(separator: ",")).utf8)
      let two = Array(("," + (0..<elements).map { $0 < 2 ? "" : "2" }.joined(separator: ",")).utf8)
      let wide = Array((",22" + (1..<elements).map { $0 == 3 ? "," : ",2" }.joined()).utf8)
      for run in [full, two, wide] { #expect(place(run) == nil) }
    #endif
  }

  @Test("clearing the n lowest set bits (the delimiters before the answers the kernel does not keep)", arguments: 0...9)
  func clearLowest(n: Int) {
    var random = SplitMix64(seed: UInt64(n) &+ 11)
    for _ in 0..<200 {
      let bits = random.next() | random.next()
      var expected = bits
      for _ in 0..<n { expected &= expected &- 1 }
      #expect(RecordTallier.clearLowest(n, of: bits) == expected)
    }
  }
}
