// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Timbang's input decoders: a separate package (like Benchmarks/), so `swift test` at the root
// never builds it. Build with `scripts/fuzz.sh`, which passes `-sanitize=fuzzer,address` to every module (the
// decoders in the root package must be instrumented too, so the flag cannot live in `swiftSettings` here).
//
// Each executable target is one `main.swift`: a function taking the fuzzer's bytes, handed to libFuzzer's driver
// (`Fuzz.main`, which calls `LLVMFuzzerRunDriver`; SwiftPM renames an executable's `main`, so libFuzzer's own `main`
// cannot be the entry point).
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
  ("FuzzCSV", []),
  ("FuzzJSON", []),
  ("FuzzInstrumentSKM", [.product(name: "TimbangIKM", package: "Timbang")]),
  ("FuzzInstrumentIndex", [.product(name: "TimbangIndex", package: "Timbang")]),
  ("FuzzInstrumentKAMI", [.product(name: "TimbangKAMI", package: "Timbang")]),
  ("FuzzInstrumentSAKIP", [.product(name: "TimbangSAKIP", package: "Timbang")]),
  ("FuzzInstrumentCapaianScales", [.product(name: "TimbangSAKIP", package: "Timbang")]),
  ("FuzzInstrumentEfficiency", [.product(name: "TimbangSAKIP", package: "Timbang")]),
  ("FuzzSKMSurvey", [.product(name: "TimbangIKM", package: "Timbang")]),
  ("FuzzSKMTally", [.product(name: "TimbangIKM", package: "Timbang")]),
  ("FuzzIndexInput", [.product(name: "TimbangIndex", package: "Timbang")]),
  ("FuzzKAMIAnswers", [.product(name: "TimbangKAMI", package: "Timbang")]),
  ("FuzzSAKIPWorksheet", [.product(name: "TimbangSAKIP", package: "Timbang")]),
  ("FuzzSAKIPCapaian", [.product(name: "TimbangSAKIP", package: "Timbang")]),
  ("FuzzAuditClaims", [.product(name: "TimbangAudit", package: "Timbang")]),
  ("FuzzReport", [.product(name: "TimbangCLI", package: "Timbang")]),
]

let package = Package(
  name: "TimbangFuzz",
  // Swift 5 mode: the harnesses keep their fixtures in top-level globals of `main.swift`.
  dependencies: [.package(name: "Timbang", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "TimbangCore", package: "Timbang"),
        .product(name: "TimbangReports", package: "Timbang"),
      ])
  ]
    + fuzzTargets.map { target in
      .executableTarget(
        name: target.name,
        dependencies: ["FuzzSupport", .product(name: "TimbangCore", package: "Timbang")]
          + target.dependencies)
    },
  swiftLanguageModes: [.v5]
)
