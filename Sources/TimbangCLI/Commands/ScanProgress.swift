import Dispatch
import Foundation

/// Progress of a long file scan on standard error: shown only when standard error is a terminal and the scan has
/// run for over a second, redrawn at most five times a second, and erased when the scan ends.
final class ScanProgress: @unchecked Sendable {
  private let path: String
  private let console: Console
  private let start = DispatchTime.now().uptimeNanoseconds
  private let lock = NSLock()
  private var last: UInt64 = 0
  private var shown = false

  init(path: String, console: Console) {
    self.path = path
    self.console = console
  }

  /// The callback for ``SurveyScanner``, or `nil` when progress is not shown.
  var report: (@Sendable (Int, Int) -> Void)? {
    guard console.stderrIsTerminal else { return nil }
    return { [self] done, total in update(done: done, total: total) }
  }

  private func update(done: Int, total: Int) {
    let now = DispatchTime.now().uptimeNanoseconds
    lock.lock()
    defer { lock.unlock() }
    guard now - start > 1_000_000_000, now - last > 200_000_000, total > 0 else { return }
    last = now
    shown = true
    console.err("\r\(path): \(min(100, done * 100 / total))%")
  }

  /// Erases the progress line, if one was drawn.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { console.err("\r\u{1B}[K") }
    shown = false
  }
}
