import Foundation

/// How ``SurveyScanner/scan(path:options:progress:)`` may use the machine: worker threads, and (for tests) the sizes
/// that decide when and how finely a file is split. None of these change a result, only how fast it comes.
public struct ScanOptions: Sendable, Equatable {
  /// Worker threads (`--threads N`; default: every core).
  public var threads: Int
  /// Files smaller than this are read by the sequential reader (splitting costs more than it gains).
  public var minimumParallelBytes: Int
  /// Target size of one newline-aligned range; `nil` picks one from the file size (about 8 ranges per thread,
  /// between 1 and 4 MiB), so a slow core never holds up the others for long.
  public var rangeBytes: Int?
  /// Size of each worker's read buffer; also the longest line the parallel path handles (longer lines make the
  /// whole file go through the sequential reader).
  public var bufferBytes: Int

  public init(
    threads: Int? = nil, minimumParallelBytes: Int = 1 << 20, rangeBytes: Int? = nil, bufferBytes: Int = 1 << 18
  ) {
    self.threads = max(1, threads ?? ScanOptions.availableCores)
    self.minimumParallelBytes = minimumParallelBytes
    self.rangeBytes = rangeBytes
    self.bufferBytes = max(16, bufferBytes)
  }

  /// The cores this process may run on.
  public static var availableCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
