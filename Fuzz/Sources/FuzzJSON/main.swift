import FuzzSupport
import TimbangCore

/// The JSON parser; whatever it accepts must survive a write → parse → write round trip unchanged.
func fuzzJSON(_ bytes: [UInt8]) {
  Fuzz.check {
    let value = try JSONParser.parse(bytes, fileName: "fuzz.json")
    let once = JSONWriter.string(value)
    let again = JSONWriter.string(try JSONParser.parse(Array(once.utf8), fileName: "<written>"))
    Fuzz.expectSame(once, again, "JSON written once and written after reading back")
    _ = JSONWriter.string(value, pretty: false)
  }
}

Fuzz.main(fuzzJSON)
