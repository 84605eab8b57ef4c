import TimbangCore

enum SKMCommands {
  static var all: [CommandSpec] { [] }
}
