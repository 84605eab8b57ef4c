import TimbangCore
import TimbangIKM
import TimbangIndex
import TimbangKAMI
import TimbangSAKIP

/// The loader of each instrument kind, so any instrument file can be validated by the module that uses it.
public enum InstrumentKinds {
  public static let known = ["skm", "spbe", "pemdi", "kami", "sakip", "capaian-scales", "efisiensi"]

  /// Decodes and fully validates `file` with its kind's loader.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming the JSON path of the first problem.
  public static func validate(_ file: InstrumentLibrary.File) throws {
    switch file.header.kind {
    case "skm": _ = try SKMInstrument.load(file)
    case "spbe", "pemdi": _ = try IndexInstrument.load(file)
    case "kami": _ = try KAMIInstrument.load(file)
    case "sakip": _ = try SAKIPInstrument.load(file)
    case "capaian-scales": _ = try CapaianScales.load(file)
    case "efisiensi": _ = try EfficiencyInstrument.load(file)
    default:
      throw TimbangError.badInstrument(
        SourceLocation(file: file.path, jsonPath: "$.kind"),
        Localized(
          id: "jenis \"\(file.header.kind)\" tidak dikenal (yang dikenal: \(known.joined(separator: ", ")))",
          en: "unknown kind \"\(file.header.kind)\" (known: \(known.joined(separator: ", ")))"))
    }
  }
}
