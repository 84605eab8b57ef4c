#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the operating system refused to read or write a file, in Indonesian and English: the one place `errno` values
/// become the `reason` of ``TimbangError/cannotRead(file:reason:)`` and ``TimbangError/cannotWrite(file:reason:)``.
///
/// ```
/// known errno (ENOENT, EACCES, EISDIR, ENOSPC, …) → Localized(id: Indonesian wording, en: glibc's strerror wording)
/// any other errno                                 → Localized(strerror(errno)) in both languages
/// ```
///
/// Edge Cases: the English text of the known values is glibc's `strerror` wording, so English messages read as before
/// on Linux; an unknown value falls back to whatever `strerror` gives, untranslated.
///
/// Example: `SystemReason.localized(ENOSPC)` is `Localized(id: "ruang penyimpanan penuh", en: "No space left on
/// device")`.
public enum SystemReason {
  /// The reason for `code` (an `errno` value).
  public static func localized(_ code: Int32) -> Localized {
    if let known = known[code] { return known }
    return Localized(String(cString: strerror(code)))
  }

  /// The reasons with an Indonesian wording.
  public static let known: [Int32: Localized] = [
    EPERM: Localized(id: "operasi tidak diizinkan", en: "Operation not permitted"),
    ENOENT: Localized(id: "berkas atau folder tidak ada", en: "No such file or directory"),
    EIO: Localized(id: "galat masukan/keluaran (I/O)", en: "Input/output error"),
    EBADF: Localized(id: "deskriptor berkas tidak sah", en: "Bad file descriptor"),
    EACCES: Localized(id: "akses ditolak (tidak ada izin)", en: "Permission denied"),
    EEXIST: Localized(id: "berkas sudah ada", en: "File exists"),
    ENOTDIR: Localized(id: "salah satu bagian jalurnya bukan folder", en: "Not a directory"),
    EISDIR: Localized(id: "merupakan folder, bukan berkas", en: "Is a directory"),
    EINVAL: Localized(id: "argumen tidak sah", en: "Invalid argument"),
    ENFILE: Localized(id: "terlalu banyak berkas terbuka di sistem", en: "Too many open files in system"),
    EMFILE: Localized(id: "terlalu banyak berkas terbuka", en: "Too many open files"),
    EFBIG: Localized(id: "berkas terlalu besar", en: "File too large"),
    ENOSPC: Localized(id: "ruang penyimpanan penuh", en: "No space left on device"),
    EROFS: Localized(id: "sistem berkas hanya-baca", en: "Read-only file system"),
    EPIPE: Localized(id: "sambungan pipa terputus", en: "Broken pipe"),
    ENAMETOOLONG: Localized(id: "nama berkas terlalu panjang", en: "File name too long"),
    ELOOP: Localized(id: "terlalu banyak tautan simbolik berantai", en: "Too many levels of symbolic links"),
    EDQUOT: Localized(id: "kuota penyimpanan terlampaui", en: "Disk quota exceeded"),
  ]

  /// The file named does not exist (checked before opening it).
  public static let noSuchFile = Localized(id: "berkas tidak ada", en: "no such file")
  /// The path names a folder where a file is expected.
  public static let isDirectory = Localized(id: "merupakan folder, bukan berkas", en: "is a directory")
  /// The temporary file beside an output file could not be written.
  public static let temporaryFileFailed = Localized(
    id: "izin ditolak atau ruang penyimpanan penuh", en: "permission denied or disk full")
  /// The rename that completes an atomic write failed.
  public static let cannotReplace = Localized(id: "berkas lama tidak dapat diganti", en: "cannot replace the file")

  /// The folder of an output path does not exist.
  public static func missingFolder(_ folder: String) -> Localized {
    Localized(id: "folder \(folder) tidak ada", en: "folder \(folder) does not exist")
  }

  /// The parent of an output path is a file.
  public static func notAFolder(_ folder: String) -> Localized {
    Localized(id: "\(folder) adalah berkas, bukan folder", en: "\(folder) is a file, not a folder")
  }
}
