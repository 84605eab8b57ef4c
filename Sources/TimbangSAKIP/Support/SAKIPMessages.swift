import TimbangCore

/// Messages that several SAKIP instrument files use, in Indonesian and English.
enum SAKIPMessages {
  static let zeroToSix = Localized(id: "harus 0…6", en: "must be 0…6")
  static let scaleName = Localized(id: "nama skala", en: "scale name")
  static let openEnds = Localized(
    id: "rentang terendah harus terbuka ke bawah dan rentang tertinggi terbuka ke atas",
    en: "the lowest band must be open below and the highest open above")

  static func notAGrade(_ code: String) -> Localized {
    Localized(id: "\"\(code)\" bukan nilai huruf di $.grades", en: "\"\(code)\" is not a grade of $.grades")
  }

  static func duplicateCode(_ code: String) -> Localized {
    Localized(id: "kode \"\(code)\" ganda", en: "duplicate code \"\(code)\"")
  }

  /// `$.kind` names another kind of file.
  static func wrongKind(_ kind: String, _ expected: String) -> Localized {
    Localized(
      id: "berjenis \"\(kind)\", seharusnya \"\(expected)\"", en: "is \"\(kind)\", expected \"\(expected)\"")
  }
}
