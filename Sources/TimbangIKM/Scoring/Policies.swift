/// How blank answers are treated (`--missing`).
///
/// - `available` (default): each element's mean uses the answers it received (the regulation: "jumlah nilai per
///   unsur dibagi jumlah kuesioner yang terisi").
/// - `listwise`: respondents with a blank in any element are left out entirely.
public enum MissingPolicy: String, Sendable, CaseIterable {
  case available
  case listwise
}

/// How unusable answers are treated (`--invalid`).
///
/// - `error` (default): the first invalid cell stops the run (exit 65) naming file, line and column.
/// - `missing`: invalid cells count as blanks and up to 20 are listed as warnings.
public enum InvalidPolicy: String, Sendable, CaseIterable {
  case error
  case missing
}

/// How the total of a grouped run is formed (`--rollup`).
///
/// - `pooled` (default): the total pools every respondent.
/// - `equal`: each element's NRR is the unweighted mean of the groups' NRR (groups without an index left out).
public enum RollupPolicy: String, Sendable, CaseIterable {
  case pooled
  case equal
}
