import TimbangCore

/// Numbers inside messages and notes: as few decimals as the value needs (up to 4), in the language's format, so a
/// threshold reads `43,2` (`43.2` in English) and a score `37`.
enum NumberText {
  static func short(_ x: Double, _ format: NumberFormat) -> String {
    var places = 0
    while places < 4 && x.rounded(places: places) != x { places += 1 }
    return format.string(x, places: places)
  }

  /// Both languages at once.
  static func both(_ x: Double) -> (id: String, en: String) { (short(x, .id), short(x, .en)) }
}
