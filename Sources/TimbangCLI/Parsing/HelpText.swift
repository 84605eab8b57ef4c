/// Renders usage text from the command tables: the overview and each command's help with examples.
public enum HelpText {
  public static func overview(_ commands: [CommandSpec]) -> String {
    var out = """
      timbang — scores the indices Indonesian government agencies are judged by (IKM/SKM, SPBE, Indeks Pemdi,
      Indeks KAMI, SAKIP) from raw data, and writes the annex tables of their performance reports.

      Usage: timbang COMMAND [OPTIONS] [ARGUMENTS]

      Commands:

      """
    let width = commands.map { $0.path.joined(separator: " ").count }.max() ?? 10
    for command in commands {
      let name = command.path.joined(separator: " ")
      out += "  " + name + String(repeating: " ", count: width - name.count + 2) + command.summary + "\n"
    }
    out += "\nRun `timbang COMMAND --help` for a command's options and examples.\n"
    out += "Exit codes: 0 ok, 1 audit findings, 64 usage, 65 bad input data, 66 missing input, 70 internal, 73 cannot write.\n"
    return out
  }

  public static func command(_ command: CommandSpec) -> String {
    var out = "\(command.name) — \(command.summary)\n\nUsage: \(command.name)"
    if !command.options.isEmpty { out += " [OPTIONS]" }
    if !command.arguments.isEmpty { out += " \(command.arguments)" }
    out += "\n"
    if !command.discussion.isEmpty { out += "\n" + command.discussion + "\n" }
    if !command.options.isEmpty {
      out += "\nOptions:\n"
      let rendered = command.options.map { o -> (String, String) in
        var left = (o.short.map { "-\($0), " } ?? "") + "--" + o.name
        if let v = o.valueName { left += " " + v }
        return (left, o.help + (o.repeatable ? " (repeatable)" : ""))
      }
      let width = rendered.map(\.0.count).max() ?? 0
      for (left, help) in rendered {
        out += "  " + left + String(repeating: " ", count: width - left.count + 2) + help + "\n"
      }
      out += "  -h, --help" + String(repeating: " ", count: max(2, width - 8)) + "show this help\n"
    }
    if !command.examples.isEmpty {
      out += "\nExamples:\n" + command.examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
    return out
  }
}
