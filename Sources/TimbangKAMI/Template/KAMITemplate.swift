import Foundation
import TimbangCore

/// A blank answer file for an instrument, for an agency to fill in: one row per question (KSE, areas, supplements)
/// with the question number, an empty answer, the area, the allowed answers and the question text.
///
/// The file reads back with `timbang kami score` once every KSE and area answer is filled in (extra columns are
/// ignored); supplements may stay blank.
public enum KAMITemplate {
  /// The template as CSV text (`,`-separated, UTF-8, CRLF line ends for spreadsheets).
  public static func csv(_ instrument: KAMIInstrument) -> String {
    var out = "question,answer,area,choices,text\r\n"
    func row(_ fields: [String]) { out += fields.map(quote).joined(separator: ",") + "\r\n" }
    let kseChoices = instrument.kse.answers.map(\.code).joined(separator: "/")
    for q in instrument.kse.questions {
      let meanings = (q.choices ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
      row([q.number, "", "KSE", kseChoices + (meanings.isEmpty ? "" : ": " + meanings.joined(separator: "; ")), q.text])
    }
    let plain = instrument.answers.filter { !$0.isNotApplicable }.map(\.code)
    let notApplicable = instrument.answers.filter(\.isNotApplicable).map(\.code)
    let codes = plain.count > 1 ? "\(plain[0])-\(plain[plain.count - 1])" : plain.joined(separator: "/")
    for area in instrument.areas {
      for q in area.questions {
        let choices = q.allowsNotApplicable ? ([codes] + notApplicable).joined(separator: "/") : codes
        row([q.number, "", area.code, choices, q.text])
      }
    }
    for supplement in instrument.supplements {
      for q in supplement.questions {
        row([q.number, "", supplement.code, codes + " (opsional)", q.text])
      }
    }
    return out
  }

  /// The answer legend (code = label) printed in help texts.
  public static func legend(_ instrument: KAMIInstrument) -> String {
    instrument.answers.map { "\($0.code) = \($0.label)" }.joined(separator: "; ")
  }

  private static func quote(_ s: String) -> String {
    guard s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
