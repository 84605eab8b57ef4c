import Foundation

/// Where the instrument files bundled with Timbang are on this machine.
///
/// Never touches `Bundle.module` (whose accessor stops the program when the bundle is missing): it looks for the
/// resource bundle beside the running executable, then for the source tree's `Instruments/` folder.
public enum BundledInstruments {
  /// The folder of bundled instrument files, or `nil` when none is found.
  public static var directory: String? {
    candidates.first { FileManager.default.fileExists(atPath: $0 + "/skm-permenpanrb-14-2017.json") }
  }

  static var candidates: [String] {
    var result: [String] = []
    let bundleName = "Timbang_TimbangInstruments.resources"
    var executables: [URL] = []
    if let url = Bundle.main.executableURL { executables.append(url.resolvingSymlinksInPath()) }
    if let first = CommandLine.arguments.first {
      executables.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
    }
    for executable in executables {
      var dir = executable.deletingLastPathComponent()
      // The test runner sits inside `*.xctest/…` on some platforms: walk up a few levels.
      for _ in 0..<4 {
        result.append(dir.appendingPathComponent(bundleName).appendingPathComponent("Instruments").path)
        result.append(dir.appendingPathComponent(bundleName).path)
        dir = dir.deletingLastPathComponent()
      }
    }
    // Development fallback: the package's own top-level folder.
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Instruments")
    result.append(source.path)
    return result
  }
}
