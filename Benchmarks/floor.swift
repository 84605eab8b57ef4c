// A floor for `timbang skm score FILE --by unit`: one thread, a plain byte loop with the benchmark file's shape
// hard-coded (unit,period,gender,age,education,occupation,U1…U9; one-digit answers 1–4 or blank; no quotes, no
// CR), no validation at all. Answer counts per unit are exact; profile values are counted by an 8-bit hash slot
// (collisions are not resolved: a cost estimate, not a correct tally). Not part of the package or of `swift test`.
//
//   swiftc -O Benchmarks/floor.swift -o /tmp/floor
//   /usr/bin/time -f "%e s" /tmp/floor Benchmarks/data/survey-10000000-u100-s1.csv
//
// Prints the rows read, the units seen and the first unit's U1 counts (to compare with timbang's JSON).
import Foundation

let path = CommandLine.arguments[1]
let fd = open(path, O_RDONLY)
guard fd >= 0 else { fatalError("cannot open \(path)") }
let capacity = 1 << 18
let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 64)
buffer.initialize(repeating: 0, count: capacity + 64)
// Per unit: respondents, then per element 4 counts, missing, (unused): 64 slots.
var counts = [UInt32](repeating: 0, count: 1024 * 64)
var profiles = [UInt32](repeating: 0, count: 1024 * 4 * 256)
var keys = [UInt64](repeating: 0, count: 4096)
var ids = [Int](repeating: -1, count: 4096)
var units = 0
var rows = 0

/// Up to 8 bytes of a field as a word (the buffer has slack after the data).
@inline(__always) func word(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
  let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
  return n >= 8 ? w : w & ((1 << UInt64(8 * n)) - 1)
}

counts.withUnsafeMutableBufferPointer { c in
  profiles.withUnsafeMutableBufferPointer { pr in
    var carry = 0
    var header = true
    while true {
      let n = read(fd, buffer + carry, capacity - carry)
      if n <= 0 { break }
      let end = carry + n
      var last = end
      while last > 0 && buffer[last - 1] != 10 { last -= 1 }
      var p = 0
      if header {
        while buffer[p] != 10 { p += 1 }
        p += 1
        header = false
      }
      while p < last {
        var q = p
        while buffer[q] != 44 { q += 1 }
        let key = word(buffer + p, q - p) ^ UInt64(q - p)
        var h = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
        while ids[h] >= 0 && keys[h] != key { h = (h + 1) & 4095 }
        if ids[h] < 0 {
          ids[h] = units
          keys[h] = key
          units += 1
        }
        let g = ids[h]
        q += 1
        while buffer[q] != 44 { q += 1 }  // period
        q += 1
        for column in 0..<4 {
          let s = q
          while buffer[q] != 44 { q += 1 }
          let w = word(buffer + s, q - s)
          let slot = Int(truncatingIfNeeded: ((w ^ UInt64(q - s)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
          pr[(g * 4 + column) * 256 + slot] &+= 1
          q += 1
        }
        let row = c.baseAddress! + g * 64
        row[0] &+= 1
        var e = 0
        while true {
          let b = buffer[q]
          if b == 44 {  // blank answer
            row[1 + e * 6 + 4] &+= 1
            q += 1
            e += 1
            continue
          }
          if b == 10 {  // blank last answer
            row[1 + e * 6 + 4] &+= 1
            break
          }
          row[1 + e * 6 + Int(b &- 49)] &+= 1
          q += 1
          if buffer[q] == 10 { break }
          q += 1
          e += 1
        }
        p = q + 1
        rows += 1
      }
      carry = end - last
      memmove(buffer, buffer + last, carry)
    }
  }
}
print("rows \(rows), units \(units), first unit U1 counts \(Array(counts[1...4]))")
