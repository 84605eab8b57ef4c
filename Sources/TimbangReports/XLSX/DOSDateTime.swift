import Foundation

/// A date and time in the MS-DOS form ZIP headers use: two 16-bit fields, 2-second resolution, years 1980–2107.
///
/// ```
/// date = (year − 1980) << 9 | month << 5 | day
/// time = hour << 11 | minute << 5 | second / 2
/// ```
///
/// Edge Cases: components outside the representable range are clamped (years before 1980 become 1980-01-01
/// 00:00:00, after 2107 become 2107-12-31 23:59:58); odd seconds round down.
///
/// Example: 2024-03-15 13:45:30 gives date `0x586F` and time `0x6DAF`.
public struct DOSDateTime: Equatable, Sendable {
  public var year: Int
  public var month: Int
  public var day: Int
  public var hour: Int
  public var minute: Int
  public var second: Int

  public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    if year < 1980 {
      (self.year, self.month, self.day, self.hour, self.minute, self.second) = (1980, 1, 1, 0, 0, 0)
    } else if year > 2107 {
      (self.year, self.month, self.day, self.hour, self.minute, self.second) = (2107, 12, 31, 23, 59, 58)
    } else {
      self.year = year
      self.month = min(max(month, 1), 12)
      self.day = min(max(day, 1), 31)
      self.hour = min(max(hour, 0), 23)
      self.minute = min(max(minute, 0), 59)
      self.second = min(max(second, 0), 59)
    }
  }

  /// The UTC time of `date`.
  public init(_ date: Date) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    self.init(
      year: c.year ?? 1980, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0,
      second: c.second ?? 0)
  }

  /// The fixed stamp of reproducible archives (1980-02-01 00:00:00, clear of the epoch so no time-zone shift makes
  /// it invalid): the same tables always give the same bytes.
  public static let reproducible = DOSDateTime(year: 1980, month: 2, day: 1)

  public var dosDate: UInt16 { UInt16((year - 1980) << 9 | month << 5 | day) }
  public var dosTime: UInt16 { UInt16(hour << 11 | minute << 5 | second / 2) }
}
