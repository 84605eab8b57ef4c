import TimbangCore

/// The styles part (`xl/styles.xml`) built on demand: each distinct (role, number format, bold) gets one cell
/// format (`xf`), whose index the sheet cells carry in `s`.
///
/// Fonts: 0 regular, 1 bold, 2 bold 13 pt (titles), 3 italic (notes). Fills: 0 none, 1 gray125 (both required),
/// 2 grey for the header row, 3 light grey for emphasis rows. Borders: 0 none, 1 thin on all sides.
struct XLSXStyles {
  enum Role: Hashable {
    case title
    case header
    case text(bold: Bool)
    case number(format: String, bold: Bool)
    case note
  }

  private(set) var roles: [Role] = []
  private var index: [Role: Int] = [:]
  private(set) var formats: [String] = []
  private var formatIds: [String: Int] = [:]

  /// The `s` index of a role (index 0 is the default style).
  mutating func style(_ role: Role) -> Int {
    if let i = index[role] { return i }
    if case .number(let format, _) = role, XLSXNumberFormat.builtIn[format] == nil, formatIds[format] == nil {
      formatIds[format] = 164 + formats.count
      formats.append(format)
    }
    roles.append(role)
    index[role] = roles.count
    return roles.count
  }

  func formatId(_ code: String) -> Int { XLSXNumberFormat.builtIn[code] ?? formatIds[code] ?? 0 }

  var xml: String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    out += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    if !formats.isEmpty {
      out += "<numFmts count=\"\(formats.count)\">"
      for code in formats {
        out += "<numFmt numFmtId=\"\(formatId(code))\" formatCode=\"\(XMLText.escape(code))\"/>"
      }
      out += "</numFmts>"
    }
    let font = "<sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/>"
    out += "<fonts count=\"4\">"
    out += "<font>\(font)</font>"
    out += "<font><b/>\(font)</font>"
    out += "<font><b/><sz val=\"13\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
    out += "<font><i/>\(font)</font>"
    out += "</fonts>"
    out += "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
    out += "<fill><patternFill patternType=\"gray125\"/></fill>"
    out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill>"
    out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
    out += "</fills>"
    let side = "style=\"thin\"><color rgb=\"FF808080\"/>"
    out += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    out += "<border><left \(side)</left><right \(side)</right><top \(side)</top><bottom \(side)</bottom><diagonal/></border>"
    out += "</borders>"
    out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    out += "<cellXfs count=\"\(roles.count + 1)\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    for role in roles { out += xf(role) }
    out += "</cellXfs>"
    out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    out += "<dxfs count=\"0\"/><tableStyles count=\"0\"/>"
    out += "</styleSheet>\n"
    return out
  }

  private func xf(_ role: Role) -> String {
    switch role {
    case .title:
      return "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    case .header:
      return "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
        + "applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    case .text(let bold):
      return "<xf numFmtId=\"0\" fontId=\"\(bold ? 1 : 0)\" fillId=\"\(bold ? 3 : 0)\" borderId=\"1\" xfId=\"0\" "
        + "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    case .number(let format, let bold):
      return "<xf numFmtId=\"\(formatId(format))\" fontId=\"\(bold ? 1 : 0)\" fillId=\"\(bold ? 3 : 0)\" borderId=\"1\" "
        + "xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\"/></xf>"
    case .note:
      return "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    }
  }
}
