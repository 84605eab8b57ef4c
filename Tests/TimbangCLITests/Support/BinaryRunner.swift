import Foundation
import Testing

/// Runs the built `timbang` executable as a user would, capturing standard output, standard error and the exit code.
///
/// `swift test` builds the executable product alongside the tests; it sits in the same folder as the test bundle.
struct BinaryRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root (for `Datasets/`).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Path of a file under the package root.
  static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

  static var executable: URL {
    let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
      + (Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() })
    for dir in candidates {
      let url = dir.appendingPathComponent("timbang")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return packageRoot.appendingPathComponent(".build/debug/timbang")
  }

  /// Runs `timbang arguments…` with optional standard input, in `directory` (default: the package root).
  /// `stdoutDevice` sends standard output to that file instead of capturing it (e.g. `/dev/full`).
  static func run(
    _ arguments: [String], stdin: String? = nil, directory: URL? = nil, stdoutDevice: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    // Output goes to temporary files, so large outputs can never block the child.
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: stdoutDevice.map { URL(fileURLWithPath: $0) } ?? outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder for files a test writes.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("timbang-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
