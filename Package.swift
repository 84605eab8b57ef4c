// swift-tools-version:6.0
import PackageDescription

// Timbang has no package dependencies: the toolchain, Foundation and Dispatch only.
let package = Package(
  name: "Timbang",
  products: [
    .executable(name: "timbang", targets: ["timbang"]),
    .library(name: "TimbangCore", targets: ["TimbangCore"]),
    .library(name: "TimbangIKM", targets: ["TimbangIKM"]),
    .library(name: "TimbangIndex", targets: ["TimbangIndex"]),
    .library(name: "TimbangKAMI", targets: ["TimbangKAMI"]),
    .library(name: "TimbangSAKIP", targets: ["TimbangSAKIP"]),
    .library(name: "TimbangReports", targets: ["TimbangReports"]),
    .library(name: "TimbangAudit", targets: ["TimbangAudit"]),
    .library(name: "TimbangCLI", targets: ["TimbangCLI"]),
  ],
  targets: [
    .target(name: "TimbangCore", exclude: ["README.md"]),
    .target(
      name: "TimbangInstruments",
      resources: [.copy("../../Instruments")]
    ),
    .target(name: "TimbangIKM", dependencies: ["TimbangCore"], exclude: ["README.md"]),
    .target(name: "TimbangIndex", dependencies: ["TimbangCore"], exclude: ["README.md"]),
    .target(name: "TimbangKAMI", dependencies: ["TimbangCore"], exclude: ["README.md"]),
    .target(name: "TimbangSAKIP", dependencies: ["TimbangCore"], exclude: ["README.md"]),
    .target(name: "TimbangReports", dependencies: ["TimbangCore"], exclude: ["README.md"]),
    .target(
      name: "TimbangAudit",
      dependencies: ["TimbangCore", "TimbangIKM", "TimbangIndex", "TimbangKAMI", "TimbangSAKIP"],
      exclude: ["README.md"]
    ),
    .target(
      name: "TimbangCLI",
      dependencies: [
        "TimbangCore", "TimbangInstruments", "TimbangIKM", "TimbangIndex", "TimbangKAMI",
        "TimbangSAKIP", "TimbangReports", "TimbangAudit",
      ]
    ),
    .executableTarget(name: "timbang", dependencies: ["TimbangCLI"]),
    .testTarget(name: "TimbangCoreTests", dependencies: ["TimbangCore"]),
    .testTarget(name: "TimbangIKMTests", dependencies: ["TimbangIKM", "TimbangCore", "TimbangInstruments"]),
    .testTarget(name: "TimbangIndexTests", dependencies: ["TimbangIndex", "TimbangCore", "TimbangInstruments"]),
    .testTarget(name: "TimbangKAMITests", dependencies: ["TimbangKAMI", "TimbangCore", "TimbangInstruments"]),
    .testTarget(name: "TimbangSAKIPTests", dependencies: ["TimbangSAKIP", "TimbangCore", "TimbangInstruments"]),
    .testTarget(name: "TimbangReportsTests", dependencies: ["TimbangReports", "TimbangCore"], exclude: ["Golden"]),
    .testTarget(
      name: "TimbangAuditTests",
      dependencies: ["TimbangAudit", "TimbangCore", "TimbangIKM", "TimbangIndex", "TimbangInstruments"]
    ),
    .testTarget(
      name: "TimbangCLITests",
      dependencies: ["TimbangCLI", "TimbangCore", "TimbangInstruments"]
    ),
  ]
)
