import Foundation
import TimbangCore

/// A radar: one axis per category clockwise from the top, bands as coloured rings, grid rings at round values,
/// `.bar` series as translucent polygons with labelled points, `.marker` series and reference lines as dashed
/// outlines.
extension ChartDrawing {
  mutating func drawRadar() {
    let n = chart.categories.count
    let labelBox = 100.0
    let radius = min((contentWidth - 2 * labelBox - 24) / 2, 140)
    let lineHeight = labelSize * 1.2
    let wrapped = (0..<n).map { TextMetrics.wrap(categoryText($0), maxWidth: labelBox, size: labelSize, maxLines: 3) }
    let room = Double(wrapped.map(\.count).max() ?? 1) * lineHeight + 14
    let cx = width / 2
    let cy = y + room + radius
    let scale = AxisScale(chart.valueRange, start: 0, end: radius)

    func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(n) }
    func point(_ r: Double, _ i: Int) -> (Double, Double) { (cx + r * cos(angle(i)), cy + r * sin(angle(i))) }
    func ring(_ r: Double) -> [(Double, Double)] { (0..<n).map { point(r, $0) } }

    for (i, band) in chart.bands.enumerated() {
      let outer = scale.position(band.upper)
      let inner = scale.position(band.lower)
      guard outer > inner else { continue }
      canvas.polygon(
        ring(outer), holes: inner > 0.01 ? [ring(inner)] : [],
        fill: ChartPalette.bandColour(band, index: i, count: chart.bands.count))
    }
    let ticks = scale.ticks(target: 5)
    for t in ticks.values where scale.position(t) > 0.01 {
      canvas.polygon(ring(scale.position(t)), fill: "none", stroke: gridGrey, strokeWidth: 0.5)
    }
    for i in 0..<n {
      let p = point(radius, i)
      canvas.line(x1: cx, y1: cy, x2: p.0, y2: p.1, stroke: gridGrey, width: 0.6)
    }
    // Ring values along the bisector between the last and the first axis, clear of the series labels.
    let between = -Double.pi / 2 - Double.pi / Double(n)
    for t in ticks.values {
      let r = scale.position(t) * cos(Double.pi / Double(n))
      canvas.text(
        [format.string(t, places: ticks.places)], x: cx + r * cos(between) - 2, y: cy + r * sin(between) + 2,
        size: 6.5, anchor: .end, fill: grey)
    }
    for line in chart.referenceLines {
      let r = scale.position(line.value)
      canvas.polygon(ring(r), fill: "none", stroke: referenceRed, strokeWidth: 1)
      let p = point(r, 0)
      canvas.text([line.label.text(language)], x: p.0 - 3, y: p.1 - 2, size: smallSize, anchor: .end, fill: referenceRed)
    }

    // Series: markers as dashed outlines, bars as filled polygons; only the last bar series is labelled when there
    // are several (the legend names the others).
    let bars = barSeries
    for s in markerSeries {
      let pts = (0..<n).map { point(scale.position(value(chart.series[s], $0) ?? scale.lower), $0) }
      canvas.polygon(pts, fill: "none", stroke: seriesColour(s), strokeWidth: 1.2)
    }
    for s in bars {
      let series = chart.series[s]
      let colour = seriesColour(s)
      let pts = (0..<n).map { point(scale.position(value(series, $0) ?? scale.lower), $0) }
      canvas.polygon(pts, fill: colour, fillOpacity: 0.22, stroke: colour, strokeWidth: 1.5)
      for (i, p) in pts.enumerated() where value(series, i) != nil {
        canvas.circle(cx: p.0, cy: p.1, r: 2.2, fill: colour)
      }
    }
    if let last = bars.last {
      let series = chart.series[last]
      for i in 0..<n {
        let r = scale.position(value(series, i) ?? scale.lower) + 9
        let p = point(r, i)
        let c = cos(angle(i))
        let anchor: SVGCanvas.Anchor = abs(c) < 0.2 ? .middle : (c > 0 ? .start : .end)
        canvas.text(
          [valueText(series, i)], x: p.0, y: p.1 + valueSize * 0.35, size: valueSize, anchor: anchor, bold: true)
      }
    }

    // Axis labels outside the rings.
    for (i, lines) in wrapped.enumerated() {
      let p = point(radius + 10, i)
      let c = cos(angle(i))
      let s = sin(angle(i))
      let anchor: SVGCanvas.Anchor = abs(c) < 0.2 ? .middle : (c > 0 ? .start : .end)
      let block = Double(lines.count - 1) * lineHeight
      let first: Double
      if s < -0.2 {
        first = p.1 - block
      } else if s > 0.2 {
        first = p.1 + labelSize
      } else {
        first = p.1 - block / 2 + labelSize * 0.35
      }
      canvas.text(lines, x: p.0, y: first, size: labelSize, anchor: anchor, bold: false, lineHeight: lineHeight)
    }
    y = cy + radius + room
  }
}
