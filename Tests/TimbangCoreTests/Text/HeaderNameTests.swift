import Testing

@testable import TimbangCore

@Suite("Header names")
struct HeaderNameTests {
  @Test(
    "folding: case, accents and white space ignored",
    arguments: [
      ("  Kenyamanan  Tempat Layanan ", "kenyamanantempatlayanan"), ("Pelayanan Prosédur", "pelayananprosedur"),
      ("U1", "u1"), ("Jenis\tKelamin\r\n", "jeniskelamin"), ("BIAYA/TARIF", "biaya/tarif"), ("", ""),
      ("Pendidikan\u{00A0}Terakhir", "pendidikanterakhir"), ("ÉLAN", "elan"),
    ])
  func normalize(text: String, expected: String) {
    #expect(HeaderName.normalize(text) == expected)
  }

  @Test("every ASCII character folds byte by byte exactly as the general (Foundation) folding does")
  func asciiMatchesGeneral() {
    for byte in UInt8(0)..<0x80 {
      let text = "a" + String(UnicodeScalar(byte)) + "Z"
      #expect(HeaderName.normalize(text) == HeaderName.folded(text), "byte \(byte)")
    }
    let all = String(decoding: Array(UInt8(0)..<0x80), as: UTF8.self)
    #expect(HeaderName.normalize(all) == HeaderName.folded(all))
  }
}
