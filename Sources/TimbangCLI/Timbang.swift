import TimbangCore

/// The `timbang` command: parses, runs, and renders every error in one place with its exit code.
public enum Timbang {
  /// Every subcommand, in the order `timbang help` lists them.
  public static var commands: [CommandSpec] {
    GeneralCommands.all + SKMCommands.all + IndexCommands.all + KAMICommands.all + SAKIPCommands.all
      + AuditCommands.all + ReportCommands.all + DatasetCommands.all
  }

  /// Runs `arguments` (without the program name); returns the exit code.
  ///
  /// Errors and warnings are written in the language `--lang` asks for (``messageLanguage(_:)``), decided before the
  /// command line is parsed so that a usage error is already in that language.
  public static func run(_ arguments: [String], console: Console) -> Int32 {
    console.language = messageLanguage(arguments)
    let status = execute(arguments, console: console)
    if let failure = console.outputFailure {
      return report(failure, console)
    }
    return status
  }

  private static func execute(_ arguments: [String], console: Console) -> Int32 {
    do {
      switch try CommandLineParser.parse(arguments, commands: commands) {
      case .help(let path):
        if path.isEmpty {
          console.out(HelpText.overview(commands))
        } else if let command = commands.first(where: { $0.path == path }) {
          console.out(HelpText.command(command))
        } else {
          let matching = commands.filter { $0.path.starts(with: path) }
          console.out(HelpText.overview(matching))
        }
        return 0
      case .run(let invocation):
        return try invocation.command.run(invocation, console)
      }
    } catch let error as TimbangError {
      return report(error, console)
    } catch {
      return report(.internalError("\(error)"), console)
    }
  }

  /// Renders `error` on standard error in the console's language — the one place errors are rendered — and gives its
  /// exit code.
  private static func report(_ error: TimbangError, _ console: Console) -> Int32 {
    console.err("timbang: \(error.message(in: console.language))\n")
    if case .usage = error { console.err(usageHint.text(console.language) + "\n") }
    return error.exitCode
  }

  /// The line after a usage error.
  public static let usageHint = Localized(
    id: "Jalankan `timbang help` untuk melihat cara penggunaan.", en: "Run `timbang help` for usage.")

  /// The language of messages: `--lang en` or `--lang=en` (before a `--` that ends the options) gives English;
  /// anything else, or no `--lang`, gives Indonesian. An invalid value is still refused by the parser — in Indonesian.
  public static func messageLanguage(_ arguments: [String]) -> Language {
    var language = Language.id
    var i = 0
    while i < arguments.count, arguments[i] != "--" {
      let argument = arguments[i]
      if argument == "--lang", i + 1 < arguments.count {
        language = arguments[i + 1] == "en" ? .en : .id
        i += 2
        continue
      }
      if argument.hasPrefix("--lang=") { language = argument.dropFirst("--lang=".count) == "en" ? .en : .id }
      i += 1
    }
    return language
  }
}
