import TimbangCore

/// Draws a ``Chart`` as SVG: a standalone file for `--format svg`, or an `<svg>` element to inline in HTML.
///
/// The drawing is 482 pt wide (170 mm, the text width of an A4 page with 20 mm margins) and as tall as its content;
/// all text is real `<text>` (selectable, searchable, sized 7–11 pt for print) and XML-escaped; numbers go through
/// ``NumberFormat`` of the language with the chart's `valuePlaces` (Excel rounding), so a bar label always reads as
/// the table's figure.
///
/// Edge Cases: a chart without categories draws its title and an empty plot; `nil` values draw `–` and no bar;
/// values beyond `valueRange` are clipped but labelled with their true value; a radar with fewer than three
/// categories is drawn as bars. Colours from data that are not `#rrggbb` are ignored.
///
/// Postconditions: the output is a well-formed XML document (standalone) or element (inline), and the same chart
/// and language always give the same bytes.
///
/// Example: `SVGRenderer.render(chart, language: .id)` starts with `<?xml version="1.0" encoding="UTF-8"?>`.
public enum SVGRenderer {
  /// Width of every chart, in points.
  public static let width = 482.0

  /// A standalone SVG document (with XML declaration), for a `.svg` file.
  public static func render(_ chart: Chart, language: Language = .id) -> String {
    draw(chart, language: language, standalone: true)
  }

  /// An `<svg>` element without XML declaration, for inlining in HTML; `showsTitle: false` leaves the title to
  /// the surrounding caption.
  public static func element(_ chart: Chart, language: Language = .id, showsTitle: Bool = true) -> String {
    draw(chart, language: language, standalone: false, showsTitle: showsTitle)
  }

  /// Several charts as one standalone SVG document, stacked vertically (for `--format svg` of a command that has
  /// more than one chart).
  public static func render(_ charts: [Chart], language: Language = .id) -> String {
    if charts.count == 1 { return render(charts[0], language: language) }
    var canvas = SVGCanvas()
    var y = 0.0
    for chart in charts {
      var d = ChartDrawing(chart: chart, language: language, top: y)
      d.drawAll()
      canvas.append(d.canvas)
      y = d.y + 8
    }
    return canvas.document(
      width: width, height: max(y, 20), title: charts.map { $0.title.text(language) }.joined(separator: " · "),
      standalone: true)
  }

  static func draw(_ chart: Chart, language: Language, standalone: Bool, showsTitle: Bool = true) -> String {
    var d = ChartDrawing(chart: chart, language: language, top: 0)
    d.showsTitle = showsTitle
    d.drawAll()
    return d.canvas.document(width: width, height: d.y, title: chart.title.text(language), standalone: standalone)
  }
}
