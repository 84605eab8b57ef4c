import TimbangCore

/// The layout of one chart: title, legend, plot (bars or radar) and notes, drawn top to bottom into a canvas.
///
/// `y` is the cursor: after ``drawAll()`` it is the bottom of the drawing.
struct ChartDrawing {
  let chart: Chart
  let language: Language
  let format: NumberFormat
  var canvas = SVGCanvas()
  var y: Double
  /// Whether the title is drawn (an HTML figure shows it in its caption instead).
  var showsTitle = true

  let width = SVGRenderer.width
  let margin = 10.0
  let titleSize = 11.0
  let labelSize = 8.5
  let valueSize = 8.0
  let smallSize = 7.5
  let ink = "#222222"
  let grey = "#595959"
  let gridGrey = "#bfbfbf"
  let referenceRed = "#c00000"

  init(chart: Chart, language: Language, top: Double) {
    self.chart = chart
    self.language = language
    self.format = NumberFormat.forLanguage(language)
    self.y = top
  }

  var contentWidth: Double { width - 2 * margin }

  var isRadar: Bool { chart.kind == .radar && chart.categories.count >= 3 }

  mutating func drawAll() {
    y += margin
    if showsTitle { drawTitle() }
    drawLegend()
    if isRadar { drawRadar() } else { drawBars() }
    drawNotes()
    y += margin
  }

  // MARK: Shared parts

  mutating func drawTitle() {
    let lines = TextMetrics.wrap(chart.title.text(language), maxWidth: contentWidth, size: titleSize, maxLines: 4)
    canvas.text(lines, x: margin, y: y + titleSize, size: titleSize, bold: true, lineHeight: titleSize * 1.25)
    y += Double(lines.count) * titleSize * 1.25 + 6
  }

  /// Whether the band labels fit inside their bands on the strip above a bar plot.
  func bandLabelsFit(_ scale: AxisScale) -> Bool {
    chart.bands.allSatisfy { band in
      TextMetrics.width(band.label.text(language), size: smallSize) + 4
        <= abs(scale.position(band.upper) - scale.position(band.lower))
    }
  }

  /// Series swatches (when there is more than one series or a marker) and band swatches (radar, or bands whose
  /// labels do not fit on the strip), flowed left to right.
  mutating func drawLegend(bandsInline: Bool? = nil) {
    enum Swatch {
      case bar(String)
      case marker(String)
    }
    var items: [(Swatch, String)] = []
    if chart.series.count > 1 || chart.series.contains(where: { $0.style == .marker }) {
      for (i, series) in chart.series.enumerated() {
        let colour = seriesColour(i)
        items.append((series.style == .marker ? .marker(colour) : .bar(colour), series.name.text(language)))
      }
    }
    if !chart.bands.isEmpty && !(bandsInline ?? bandsOnStrip) {
      for (i, band) in chart.bands.enumerated() {
        items.append((.bar(ChartPalette.bandColour(band, index: i, count: chart.bands.count)), band.label.text(language)))
      }
    }
    guard !items.isEmpty else { return }
    var x = margin
    var baseline = y + smallSize + 1
    for (swatch, label) in items {
      let text = TextMetrics.truncate(label, maxWidth: contentWidth - 16, size: smallSize)
      let itemWidth = 14 + TextMetrics.width(text, size: smallSize) + 12
      if x > margin && x + itemWidth > width - margin {
        x = margin
        baseline += smallSize * 1.6
      }
      switch swatch {
      case .bar(let colour):
        canvas.rect(x: x, y: baseline - 7, width: 10, height: 7, fill: colour, stroke: gridGrey)
      case .marker(let colour):
        canvas.line(x1: x + 5, y1: baseline - 8, x2: x + 5, y2: baseline + 1, stroke: colour, width: 2)
      }
      canvas.text([text], x: x + 14, y: baseline, size: smallSize)
      x += itemWidth
    }
    y = baseline + 8
  }

  /// Whether a bar chart labels its bands on the strip (else they go in the legend).
  var bandsOnStrip: Bool {
    guard !isRadar, !chart.bands.isEmpty else { return false }
    let layout = barGeometry()
    return bandLabelsFit(AxisScale(chart.valueRange, start: layout.x0, end: layout.x1))
  }

  mutating func drawNotes() {
    guard !chart.notes.isEmpty else { return }
    y += 4
    for note in chart.notes {
      let lines = TextMetrics.wrap(note.text(language), maxWidth: contentWidth, size: smallSize, maxLines: 6)
      canvas.text(lines, x: margin, y: y + smallSize, size: smallSize, italic: true, fill: grey, lineHeight: smallSize * 1.3)
      y += Double(lines.count) * smallSize * 1.3 + 2
    }
  }

  func seriesColour(_ index: Int) -> String {
    let series = chart.series[index]
    if series.style == .marker {
      let markerIndex = chart.series[..<index].filter { $0.style == .marker }.count
      return markerIndex == 0 ? "#404040" : ChartPalette.series[(markerIndex + 3) % ChartPalette.series.count]
    }
    let barIndex = chart.series[..<index].filter { $0.style == .bar }.count
    let bars = chart.series.filter { $0.style == .bar }.count
    return ChartPalette.seriesColour(barIndex, of: bars, kind: chart.kind)
  }

  func value(_ series: Chart.Series, _ i: Int) -> Double? {
    i < series.values.count ? series.values[i] : nil
  }

  /// The label of a value: the series' own label when given, else the formatted number with the chart's suffix.
  func valueText(_ series: Chart.Series, _ i: Int) -> String {
    if i < series.labels.count, let label = series.labels[i] { return label.text(language) }
    guard let v = value(series, i) else { return "–" }
    return format.string(v, places: chart.valuePlaces, suffix: chart.valueSuffix)
  }

  func categoryText(_ i: Int) -> String { chart.categories[i].text(language) }
}
