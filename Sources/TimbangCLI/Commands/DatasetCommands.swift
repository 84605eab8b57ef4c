#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import TimbangCore
import TimbangIKM

/// `timbang datasets generate`.
enum DatasetCommands {
  static var all: [CommandSpec] { [generate] }

  static let generate = CommandSpec(
    ["datasets", "generate"], summary: "write a deterministic synthetic satisfaction survey (benchmarks, tests)",
    discussion: """
      Columns unit,period,gender,age,education,occupation,U1…U9; each unit answers from its own skewed
      distribution, about 1% of answers are blank. The same --respondents, --units and --seed give the same bytes
      on every machine. Large files stream to -o FILE (written atomically) or standard output.
      """,
    options: [
      OptionSpec("respondents", value: "N", help: "number of rows (required)"),
      OptionSpec("units", value: "K", help: "number of service units (default: 100)"),
      OptionSpec("seed", value: "S", help: "random seed, a whole number ≥ 0 (default: 1)"),
      CommonOptions.output, CommonOptions.messageLang,
    ],
    examples: [
      "timbang datasets generate --respondents 1000000 --units 100 --seed 1 -o survey-1m.csv",
      "timbang datasets generate --respondents 20 --units 3 --seed 7",
    ]
  ) { invocation, console in
    guard let respondents = try invocation.integer("respondents") else {
      throw TimbangError.usage(
        Localized(
          id: "datasets generate: --respondents N wajib diberikan", en: "datasets generate: --respondents N is required"
        ))
    }
    guard respondents >= 0 else {
      throw TimbangError.usage(
        Localized(id: "--respondents: \(respondents) kurang dari 0", en: "--respondents: \(respondents) is below 0"))
    }
    let units = try invocation.integer("units") ?? 100
    guard units >= 1 else {
      throw TimbangError.usage(Localized(id: "--units: berikan 1 atau lebih", en: "--units: give 1 or more"))
    }
    let seedText = invocation.value("seed") ?? "1"
    guard let seed = UInt64(seedText) else {
      throw TimbangError.usage(
        Localized(
          id: "--seed: \"\(seedText)\" bukan bilangan bulat antara 0 dan 2^64 − 1",
          en: "--seed: \"\(seedText)\" is not a whole number between 0 and 2^64 − 1"))
    }
    let survey = SyntheticSurvey(respondents: respondents, units: units, seed: seed)
    guard let path = invocation.outputPath, path != "-" else {
      try survey.write { chunk in try StreamingFile.writeAll(1, chunk, name: "<stdout>") }
      return 0
    }
    try StreamingFile.write(to: path) { fd in
      try survey.write { chunk in try StreamingFile.writeAll(fd, chunk, name: path) }
    }
    return 0
  }
}

/// A large output file written as it is produced, yet atomically: into a temporary file beside the target, renamed
/// over it only when complete, removed on any failure (so no partial file is ever left).
enum StreamingFile {
  static func write(to path: String, _ body: (Int32) throws -> Void) throws {
    let target = URL(fileURLWithPath: path)
    let directory = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { throw TimbangError.cannotWrite(file: path, reason: SystemReason.missingFolder(directory.path)) }
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.isDirectory)
    }
    let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).timbang-\(UUID().uuidString)").path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw TimbangError.cannotWrite(file: path, reason: SystemReason.localized(errno)) }
    do {
      try body(fd)
      guard close(fd) == 0 else { throw TimbangError.cannotWrite(file: path, reason: SystemReason.localized(errno)) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw TimbangError.cannotWrite(file: path, reason: SystemReason.cannotReplace)
    }
  }

  /// Writes all of `bytes` to `fd`.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, name: String) throws {
    guard let base = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
      let n = systemWrite(fd, base + done, bytes.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        throw TimbangError.cannotWrite(file: name, reason: SystemReason.localized(errno))
      }
      done += n
    }
  }
}

@inline(__always) private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(fd, pointer, count)
  #else
    return Darwin.write(fd, pointer, count)
  #endif
}
