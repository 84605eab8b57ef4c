import TimbangCore

/// The `timbang` command: parses, runs, and renders every error in one place with its exit code.
public enum Timbang {
  /// Every subcommand, in the order `timbang help` lists them.
  public static var commands: [CommandSpec] {
    GeneralCommands.all + SKMCommands.all + IndexCommands.all + KAMICommands.all + SAKIPCommands.all
      + AuditCommands.all + ReportCommands.all + DatasetCommands.all
  }

  /// Runs `arguments` (without the program name); returns the exit code.
  public static func run(_ arguments: [String], console: Console) -> Int32 {
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
      console.err("timbang: internal error: \(error)\n")
      return 70
    }
  }

  /// Renders `error` on standard error — the one place errors are rendered — and gives its exit code.
  private static func report(_ error: TimbangError, _ console: Console) -> Int32 {
    console.err("timbang: \(error)\n")
    if case .usage = error { console.err("Run `timbang help` for usage.\n") }
    return error.exitCode
  }
}
