import TimbangCore

/// The JSON form of a weighted-hierarchy instrument file (`Instruments/spbe-*.json`, `pemdi-*.json`), decoded as is
/// and then validated into an ``IndexInstrument``.
///
/// ```
/// { "schemaVersion": 1, "id": …, "kind": "spbe"|"pemdi", "title", "source", "version", "provenance",
///   "index": {"name", "nameEn", "places", "total"},
///   "evaluationYears": {"first", "last"},
///   "values": {"minimum", "maximum", "wholeLevels"},
///   "addressByName": true,
///   "tiers": [{"key", "column", "label", "labelEn", "predicates": "always|optional|never", "predicateNote",
///              "nodes": [{"code", "name", "nameEn", "weight", "parent", "note"}]}],
///   "indicators": [{"number", "code", "name", "aliases", "weight", "parent", "levelNames", "external", "note"}],
///   "levelNames": {"process": [{"level", "name", "nameEn", "aliases"}]},
///   "bands": [{"code", "label", "labelEn", "lower", "lowerInclusive", "upper", "upperInclusive",
///              "level", "levelName", "levelNameEn"}],
///   "predicateBasis": {"default", "defaultNote", "years": [{"year", "basis", "note"}]},
///   "external": {"pendingValue", "note"} }
/// ```
struct IndexInstrumentFile: Decodable {
  var schemaVersion: Int
  var id: String
  var kind: String
  var title: String
  var source: String
  var version: String
  var provenance: String
  var index: IndexSection
  var evaluationYears: Years?
  var values: Values
  var addressByName: Bool?
  var tiers: [TierFile]
  var indicators: [IndicatorFile]
  var levelNames: [String: [IndexInstrument.LevelName]]?
  var bands: [BandFile]
  var predicateBasis: BasisFile
  var external: ExternalFile?

  struct IndexSection: Decodable {
    var name: String
    var nameEn: String?
    var places: Int
    var total: Double
  }

  struct Years: Decodable {
    var first: Int?
    var last: Int?
  }

  struct Values: Decodable {
    var minimum: Double
    var maximum: Double
    var wholeLevels: Bool
  }

  struct TierFile: Decodable {
    var key: String
    var column: String
    var label: String
    var labelEn: String?
    var predicates: IndexInstrument.PredicateMode
    var predicateNote: String?
    var nodes: [NodeFile]
  }

  struct NodeFile: Decodable {
    var code: String
    var name: String
    var nameEn: String?
    var weight: Double
    var parent: String?
    var note: String?
  }

  struct IndicatorFile: Decodable {
    var number: Int
    var code: String
    var name: String
    var aliases: [String]?
    var weight: Double
    var parent: String
    var levelNames: String?
    var external: String?
    var note: String?
  }

  struct BandFile: Decodable {
    var code: String
    var label: String
    var labelEn: String?
    var lower: Double?
    var lowerInclusive: Bool?
    var upper: Double?
    var upperInclusive: Bool?
    var level: Int?
    var levelName: String?
    var levelNameEn: String?
  }

  struct BasisFile: Decodable {
    var `default`: PredicateBasis
    var defaultNote: String?
    var years: [PredicateBasisTable.Entry]?
  }

  struct ExternalFile: Decodable {
    var pendingValue: Double
    var note: String?
  }
}
