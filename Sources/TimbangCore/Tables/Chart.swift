/// A chart of an annex (`shared/spec/annex.md`, "SVG charts"): categories with one or more series of values drawn
/// over coloured bands and reference lines.
///
/// Scorer modules build charts as pure functions of their results, like tables, without importing
/// `TimbangReports`; the SVG renderer draws them. Values are the unrounded result numbers; `valuePlaces` is applied
/// on rendering with the one display rounding.
///
/// The one model covers:
/// - IKM per-element bars with grade bands (`.bars`, bands from the instrument's grade table),
/// - SPBE domain bars with predicate bands, before/after for simulations (`.groupedBars`, two series),
/// - KAMI area radar with maturity labels (`.radar`, `Series.labels` carry the maturity level of each area),
/// - SAKIP component bars against their weights (`.bars` with a `.marker` series for the weights),
/// - capaian bars with the 100 % line (`.bars`, `referenceLines: [.init(100, "Target")]`, `valueSuffix: "%"`).
///
/// Edge Cases: a `nil` value is drawn as a dash (no bar); values outside `valueRange` are clipped at its edge and
/// still labelled with their true value; a radar with fewer than three categories is drawn as bars.
///
/// Example:
/// ```
/// Chart(id: "capaian", title: "Capaian kinerja", kind: .bars,
///       categories: ["IKU 1", "IKU 2"], series: [.init(name: "Capaian", values: [96.5, 104.2])],
///       valueRange: 0...120, referenceLines: [.init(100, "100%")], valuePlaces: 2, valueSuffix: "%")
/// ```
public struct Chart: Equatable, Sendable {
  /// Stable id, usually the id of the table the chart illustrates (`skm-summary`).
  public var id: String
  public var title: Localized
  public var kind: Kind
  /// One label per category (bar group or radar axis).
  public var categories: [Localized]
  /// Series of values, each with one value per category.
  public var series: [Series]
  /// The value axis from its lower to its upper end.
  public var valueRange: ClosedRange<Double>
  /// Coloured backgrounds (grades, predicates, maturity levels), lowest first.
  public var bands: [Band]
  /// Straight lines across the plot at a value (the 100 % target line).
  public var referenceLines: [ReferenceLine]
  /// Decimals of the value labels.
  public var valuePlaces: Int
  /// Text after each value label (`%`); empty for plain numbers.
  public var valueSuffix: String
  /// Caption of the value axis, if any (`NRR`, `Indeks`, `%`).
  public var axisTitle: Localized?
  /// Notes printed under the chart in a report.
  public var notes: [Localized]

  public init(
    id: String, title: Localized, kind: Kind = .bars, categories: [Localized], series: [Series],
    valueRange: ClosedRange<Double>, bands: [Band] = [], referenceLines: [ReferenceLine] = [], valuePlaces: Int = 2,
    valueSuffix: String = "", axisTitle: Localized? = nil, notes: [Localized] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.categories = categories
    self.series = series
    self.valueRange = valueRange
    self.bands = bands
    self.referenceLines = referenceLines
    self.valuePlaces = valuePlaces
    self.valueSuffix = valueSuffix
    self.axisTitle = axisTitle
    self.notes = notes
  }

  public enum Kind: String, Equatable, Sendable {
    /// Horizontal bars, one per category (several `.bar` series are drawn side by side as well).
    case bars
    /// Horizontal bars grouped per category, one per series: before/after, year against year.
    case groupedBars
    /// A radar (spider) chart: one axis per category, one polygon per series, bands as rings.
    case radar
  }

  /// One series: a name for the legend and one value per category.
  public struct Series: Equatable, Sendable {
    public var name: Localized
    public var values: [Double?]
    public var style: Style
    /// Optional text per value replacing the formatted number (a maturity level `II+`, a grade `B`); `nil` entries
    /// fall back to the number.
    public var labels: [Localized?]

    public init(name: Localized, values: [Double?], style: Style = .bar, labels: [Localized?] = []) {
      self.name = name
      self.values = values
      self.style = style
      self.labels = labels
    }

    public enum Style: String, Equatable, Sendable {
      /// A bar from the axis start to the value (a polygon on a radar).
      case bar
      /// A short line across the category at the value: a weight, a maximum, a target.
      case marker
    }
  }

  /// A coloured background from `lower` to `upper` with a label (`B Baik`).
  public struct Band: Equatable, Sendable {
    public var lower: Double
    public var upper: Double
    public var label: Localized
    /// `#rrggbb`; `nil` lets the renderer pick a tint on a red → green ramp by the band's position (higher is
    /// better).
    public var colour: String?

    public init(lower: Double, upper: Double, label: Localized, colour: String? = nil) {
      self.lower = lower
      self.upper = upper
      self.label = label
      self.colour = colour
    }
  }

  /// A line across the plot at `value` with a label (`100%`, `Target`).
  public struct ReferenceLine: Equatable, Sendable {
    public var value: Double
    public var label: Localized

    public init(_ value: Double, _ label: Localized) {
      self.value = value
      self.label = label
    }
  }
}

extension Chart.Band {
  /// The chart bands of a grading table, clipped to `range`, with values divided by `scale` (IKM grades are
  /// published on the converted 25–100 scale; element bars are on the 1–4 scale, so `scale` is 25).
  ///
  /// Each band is labelled `code label` (`B Baik`), or just the label when the code repeats it. Open ends are
  /// closed at the range's ends; bands wholly outside the range are dropped.
  public static func from(_ table: BandTable, scale: Double = 1, range: ClosedRange<Double>) -> [Chart.Band] {
    var out: [Chart.Band] = []
    for band in table.bands {
      let lower = max(band.lower.map { $0 / scale } ?? range.lowerBound, range.lowerBound)
      let upper = min(band.upper.map { $0 / scale } ?? range.upperBound, range.upperBound)
      guard lower < upper else { continue }
      func text(_ language: Language) -> String {
        let label = band.label(language)
        return band.code.isEmpty || band.code == label ? label : "\(band.code) \(label)"
      }
      out.append(Chart.Band(lower: lower, upper: upper, label: Localized(id: text(.id), en: text(.en))))
    }
    return out.sorted { $0.lower < $1.lower }
  }
}
