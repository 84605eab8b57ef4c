/// The inline style sheet of the HTML annex: A4 page, print colours kept, table header repeated on every page,
/// rows and figures never split across pages, numbers right-aligned in tabular figures.
enum HTMLStyle {
  static let css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    html { font-family: 'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222222; background: #ffffff; }
    body { max-width: 178mm; margin: 0 auto; padding: 10mm 4mm; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    h1 { font-size: 15pt; margin: 0 0 4pt; }
    p.subtitle { font-size: 11pt; margin: 0 0 12pt; color: #444444; }
    h2 { font-size: 12pt; margin: 18pt 0 6pt; break-after: avoid; page-break-after: avoid; }
    nav.contents { margin: 6pt 0 14pt; font-size: 9.5pt; }
    nav.contents h2 { font-size: 11pt; margin: 0 0 4pt; }
    nav.contents ol { list-style: none; margin: 0; padding: 0; }
    nav.contents a { color: inherit; text-decoration: none; }
    table.annex { border-collapse: collapse; width: 100%; margin: 10pt 0 3pt; font-size: 9pt; }
    table.annex caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding: 0 0 4pt; }
    table.annex th, table.annex td { border: 0.5pt solid #808080; padding: 2.5pt 4pt; vertical-align: top; }
    table.annex thead th { background: #e7e6e6; text-align: center; vertical-align: middle; font-weight: bold; }
    table.annex td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    table.annex tr.emphasis td { font-weight: bold; background: #f2f2f2; }
    table.annex thead { display: table-header-group; }
    table.annex tr { break-inside: avoid; page-break-inside: avoid; }
    div.notes { font-size: 8.5pt; color: #444444; margin: 2pt 0 8pt; }
    div.notes p { margin: 1pt 0; }
    figure { margin: 12pt 0 6pt; break-inside: avoid; page-break-inside: avoid; }
    figure svg { display: block; max-width: 100%; height: auto; }
    figcaption { font-weight: bold; font-size: 10pt; margin: 0 0 4pt; }
    p.source { font-size: 8.5pt; font-style: italic; color: #444444; margin: 6pt 0 0; }
    footer { margin-top: 18pt; font-size: 8pt; color: #777777; }
    @media print { body { max-width: none; padding: 0; } h2.section { break-before: auto; } }
    """
}
