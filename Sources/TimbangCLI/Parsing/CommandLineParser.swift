import TimbangCore

/// Hand-written argument parsing with the conventions of well-made Unix tools: `--opt value`, `--opt=value`,
/// `-o value`, `--` ends options, `-` is an argument (standard input), unknown options are errors naming the argument.
public enum CommandLineParser {
  /// What the command line asks for.
  public enum Parsed: Sendable {
    case run(Invocation)
    /// Help for a command path (empty: the overview).
    case help([String])
  }

  /// Parses `arguments` (without the program name) against `commands`.
  ///
  /// - Throws: ``TimbangError/usage(_:)`` naming the offending argument.
  public static func parse(_ arguments: [String], commands: [CommandSpec]) throws -> Parsed {
    if arguments.isEmpty || arguments == ["help"] || arguments == ["--help"] || arguments == ["-h"] {
      return .help([])
    }
    var words = arguments
    var wantsHelp = false
    if words.first == "help" {
      words.removeFirst()
      wantsHelp = true
    }
    // Longest command path that prefixes the words.
    let match = commands.filter { words.starts(with: $0.path) }.max { $0.path.count < $1.path.count }
    guard let command = match else {
      let prefix = words.prefix { !$0.hasPrefix("-") }
      if !prefix.isEmpty, commands.contains(where: { $0.path.starts(with: prefix) }) {
        return .help(Array(prefix))
      }
      let name = words.prefix { !$0.hasPrefix("-") }.joined(separator: " ")
      throw TimbangError.usage(Localized(id: "perintah \"\(name)\" tidak dikenal", en: "unknown command \"\(name)\""))
    }
    if wantsHelp { return .help(command.path) }
    var rest = Array(words.dropFirst(command.path.count))
    var values: [String: [String]] = [:]
    var flags = Set<String>()
    var positionals: [String] = []
    var onlyArguments = false
    while !rest.isEmpty {
      let arg = rest.removeFirst()
      if onlyArguments || arg == "-" || !arg.hasPrefix("-") {
        positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyArguments = true
        continue
      }
      if arg == "--help" || arg == "-h" { return .help(command.path) }
      var name: String
      var inline: String?
      if arg.hasPrefix("--") {
        name = String(arg.dropFirst(2))
        if let eq = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        }
      } else {
        let letters = arg.dropFirst()
        guard letters.count == 1, let letter = letters.first,
          let spec = command.options.first(where: { $0.short == letter })
        else {
          // A negative number is an argument, not an option.
          if Double(arg) != nil {
            positionals.append(arg)
            continue
          }
          throw TimbangError.usage(
            Localized(
              id: "\(command.name): opsi \"\(arg)\" tidak dikenal", en: "\(command.name): unknown option \"\(arg)\""))
        }
        name = spec.name
      }
      guard let spec = command.options.first(where: { $0.name == name }) else {
        throw TimbangError.usage(
          Localized(
            id: "\(command.name): opsi \"\(arg)\" tidak dikenal (lihat `\(command.name) --help`)",
            en: "\(command.name): unknown option \"\(arg)\" (see `\(command.name) --help`)"))
      }
      if spec.isFlag {
        if inline != nil {
          throw TimbangError.usage(
            Localized(
              id: "\(command.name): --\(name) tidak menerima nilai", en: "\(command.name): --\(name) takes no value"))
        }
        flags.insert(name)
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else {
        guard !rest.isEmpty else {
          throw TimbangError.usage(
            Localized(
              id: "\(command.name): --\(name) memerlukan nilai (\(spec.valueName ?? ""))",
              en: "\(command.name): --\(name) needs a value (\(spec.valueName ?? ""))"))
        }
        value = rest.removeFirst()
      }
      if let choices = spec.choices, !choices.contains(value) {
        throw TimbangError.usage(
          Localized(
            id: "\(command.name): --\(name) \"\(value)\" bukan salah satu dari \(choices.joined(separator: ", "))",
            en: "\(command.name): --\(name) \"\(value)\" is not one of \(choices.joined(separator: ", "))"))
      }
      if !spec.repeatable, values[name] != nil {
        throw TimbangError.usage(
          Localized(id: "\(command.name): --\(name) diberikan dua kali", en: "\(command.name): --\(name) given twice"))
      }
      values[name, default: []].append(value)
    }
    if positionals.count < command.minArguments {
      throw TimbangError.usage(
        Localized(
          id: "\(command.name): \(command.arguments.isEmpty ? "argumen" : command.arguments) belum diberikan "
            + "(lihat `\(command.name) --help`)",
          en: "\(command.name): missing \(command.arguments.isEmpty ? "argument" : command.arguments) "
            + "(see `\(command.name) --help`)"))
    }
    if let max = command.maxArguments, positionals.count > max {
      throw TimbangError.usage(
        Localized(
          id: "\(command.name): argumen \"\(positionals[max])\" tidak diharapkan",
          en: "\(command.name): unexpected argument \"\(positionals[max])\""))
    }
    return .run(Invocation(command: command, values: values, flags: flags, arguments: positionals))
  }
}
