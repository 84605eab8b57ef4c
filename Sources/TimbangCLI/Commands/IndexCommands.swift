import TimbangCore

/// Subcommands of this instrument family (filled in by its module's work).
enum IndexCommands {
  static var all: [CommandSpec] { [] }
}
