import TimbangCore

/// `timbang instruments [show ID]`.
enum GeneralCommands {
  static var all: [CommandSpec] { [list, show, check] }

  static let list = CommandSpec(
    ["instruments"], summary: "list the bundled instruments (regulations as data)",
    options: [CommonOptions.instruments, CommonOptions.format(["text", "json"]), CommonOptions.messageLang],
    examples: ["timbang instruments", "timbang instruments --format json"]
  ) { invocation, console in
    let files = try CommandSupport.library(invocation, console).list()
    if invocation.format == "json" {
      let json = JSONValue.array(
        files.map {
          .object([
            ("id", .string($0.header.id)), ("kind", .string($0.header.kind)), ("title", .string($0.header.title)),
            ("source", .string($0.header.source)), ("version", .string($0.header.version)),
            ("path", .string($0.path)),
          ])
        })
      try CommandSupport.emit(JSONWriter.string(json), invocation, console)
      return 0
    }
    let width = files.map(\.header.id.count).max() ?? 0
    var text = ""
    for file in files {
      text += file.header.id + String(repeating: " ", count: width - file.header.id.count + 2) + file.header.title + "\n"
    }
    try CommandSupport.emit(text, invocation, console)
    return 0
  }

  static let show = CommandSpec(
    ["instruments", "show"], summary: "print one instrument file", arguments: "ID|PATH",
    options: [CommonOptions.instruments, CommonOptions.messageLang], minArguments: 1, maxArguments: 1,
    examples: ["timbang instruments show skm-permenpanrb-14-2017"]
  ) { invocation, console in
    let file = try CommandSupport.library(invocation, console).load(invocation.arguments[0])
    console.out(String(decoding: file.bytes, as: UTF8.self))
    return 0
  }

  static let check = CommandSpec(
    ["instruments", "check"], summary: "validate instrument files (a regional variant before using it)",
    arguments: "ID|PATH…",
    options: [CommonOptions.instruments, CommonOptions.messageLang], minArguments: 1, maxArguments: nil,
    examples: ["timbang instruments check my-region-skm.json"]
  ) { invocation, console in
    let library = CommandSupport.library(invocation, console)
    for argument in invocation.arguments {
      let file = try library.load(argument)
      try InstrumentKinds.validate(file)
      let valid = Localized(id: "sah", en: "is valid").text(invocation.language)
      console.out("\(file.path): \(file.header.id) (\(file.header.kind)) \(valid)\n")
    }
    return 0
  }
}
