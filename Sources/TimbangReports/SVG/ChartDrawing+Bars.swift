import TimbangCore

/// Horizontal bars: category labels on the left, values along the bottom axis, bands as coloured columns behind
/// the bars, reference lines dashed across, marker series as short thick strokes.
extension ChartDrawing {
  struct BarGeometry {
    var labelWidth: Double
    var x0: Double
    var x1: Double
  }

  var barSeries: [Int] { chart.series.indices.filter { chart.series[$0].style == .bar } }
  var markerSeries: [Int] { chart.series.indices.filter { chart.series[$0].style == .marker } }

  /// The horizontal layout: label column up to 36 % of the width, value labels reserved on the right.
  func barGeometry() -> BarGeometry {
    let natural = chart.categories.indices.map { TextMetrics.width(categoryText($0), size: labelSize) }.max() ?? 0
    let labelWidth = min(max(natural, 24), contentWidth * 0.36)
    var reserve = 0.0
    for s in barSeries {
      for i in chart.categories.indices {
        reserve = max(reserve, TextMetrics.width(valueText(chart.series[s], i), size: valueSize))
      }
    }
    let x0 = margin + labelWidth + 8
    let x1 = max(width - margin - reserve - 6, x0 + 60)
    return BarGeometry(labelWidth: labelWidth, x0: x0, x1: x1)
  }

  mutating func drawBars() {
    let g = barGeometry()
    let scale = AxisScale(chart.valueRange, start: g.x0, end: g.x1)
    let lineHeight = labelSize * 1.25
    let bars = barSeries
    let barHeight = bars.count <= 1 ? 12.0 : max(5, 10 - Double(bars.count - 2))
    let gap = 1.5
    let groupHeight = bars.isEmpty ? 12 : Double(bars.count) * barHeight + Double(bars.count - 1) * gap
    let wrapped = chart.categories.indices.map {
      TextMetrics.wrap(categoryText($0), maxWidth: g.labelWidth, size: labelSize, maxLines: 3)
    }
    let slotHeights = wrapped.map { max(Double($0.count) * lineHeight, groupHeight) + 8 }

    let stripTop = y
    let strip = bandLabelsFit(scale) && !chart.bands.isEmpty ? 12.0 : 0
    let referenceRow = chart.referenceLines.isEmpty ? 0.0 : 11
    let plotTop = stripTop + strip + referenceRow
    let plotBottom = plotTop + max(slotHeights.reduce(0, +), 12)

    // Bands behind everything, labelled on the strip when they fit.
    for (i, band) in chart.bands.enumerated() {
      let a = scale.position(band.lower)
      let b = scale.position(band.upper)
      guard b > a else { continue }
      canvas.rect(
        x: a, y: stripTop, width: b - a, height: plotBottom - stripTop,
        fill: ChartPalette.bandColour(band, index: i, count: chart.bands.count))
      if strip > 0 {
        canvas.text(
          [band.label.text(language)], x: (a + b) / 2, y: stripTop + smallSize + 1.5, size: smallSize,
          anchor: .middle, fill: grey)
      }
    }

    // Grid and axis.
    let ticks = scale.ticks()
    for t in ticks.values {
      let x = scale.position(t)
      canvas.line(x1: x, y1: plotTop, x2: x, y2: plotBottom, stroke: gridGrey, width: 0.4)
      canvas.text(
        [format.string(t, places: ticks.places)], x: x, y: plotBottom + smallSize + 3, size: smallSize,
        anchor: .middle, fill: grey)
    }
    canvas.line(x1: g.x0, y1: plotBottom, x2: g.x1, y2: plotBottom, stroke: grey, width: 0.8)
    canvas.line(x1: g.x0, y1: plotTop, x2: g.x0, y2: plotBottom, stroke: grey, width: 0.8)
    var bottom = plotBottom + smallSize + 4
    if let title = chart.axisTitle {
      canvas.text([title.text(language)], x: (g.x0 + g.x1) / 2, y: bottom + smallSize + 3, size: smallSize, anchor: .middle, fill: grey)
      bottom += smallSize + 4
    }

    // Bars, markers and category labels.
    let base = chart.valueRange.contains(0) ? 0 : scale.lower
    var slotTop = plotTop
    for (i, lines) in wrapped.enumerated() {
      let slotHeight = slotHeights[i]
      let firstBaseline = slotTop + (slotHeight - Double(lines.count) * lineHeight) / 2 + labelSize * 0.95
      canvas.text(lines, x: g.x0 - 6, y: firstBaseline, size: labelSize, anchor: .end, lineHeight: lineHeight)
      let groupTop = slotTop + (slotHeight - groupHeight) / 2
      for (j, s) in bars.enumerated() {
        let series = chart.series[s]
        let top = groupTop + Double(j) * (barHeight + gap)
        let baseline = top + barHeight / 2 + valueSize * 0.36
        let text = valueText(series, i)
        guard let v = value(series, i), v.isFinite else {
          canvas.text([text], x: scale.position(base) + 3, y: baseline, size: valueSize, fill: grey)
          continue
        }
        let a = scale.position(base)
        let b = scale.position(v)
        canvas.rect(x: min(a, b), y: top, width: abs(b - a), height: barHeight, fill: seriesColour(s))
        if v >= base {
          canvas.text([text], x: b + 3, y: baseline, size: valueSize, bold: bars.count == 1)
        } else {
          canvas.text([text], x: b - 3, y: baseline, size: valueSize, anchor: .end, bold: bars.count == 1)
        }
      }
      for s in markerSeries {
        guard let v = value(chart.series[s], i), v.isFinite else { continue }
        let x = scale.position(v)
        canvas.line(x1: x, y1: slotTop + 2, x2: x, y2: slotTop + slotHeight - 2, stroke: seriesColour(s), width: 2)
      }
      slotTop += slotHeight
    }

    // Reference lines on top, labelled in their own row above the plot.
    for line in chart.referenceLines {
      let x = scale.position(line.value)
      canvas.line(x1: x, y1: plotTop - referenceRow + 2, x2: x, y2: plotBottom, stroke: referenceRed, width: 1, dash: "4 2")
      let label = line.label.text(language)
      let nearEnd = x + 2 + TextMetrics.width(label, size: smallSize) > width - margin
      canvas.text(
        [label], x: nearEnd ? x - 2 : x + 2, y: plotTop - 3, size: smallSize, anchor: nearEnd ? .end : .start,
        fill: referenceRed)
    }
    y = bottom + 2
  }
}
