/// A subcommand: its words (`skm score`), its option table, its positional arguments, examples, and what it does.
public struct CommandSpec: Sendable {
  public var path: [String]
  public var summary: String
  /// Positional arguments as shown in usage (`FILE…`).
  public var arguments: String
  public var discussion: String
  public var options: [OptionSpec]
  public var minArguments: Int
  public var maxArguments: Int?
  public var examples: [String]
  public var run: @Sendable (Invocation, Console) throws -> Int32

  public init(
    _ path: [String], summary: String, arguments: String = "", discussion: String = "", options: [OptionSpec] = [],
    minArguments: Int = 0, maxArguments: Int? = 0, examples: [String],
    run: @escaping @Sendable (Invocation, Console) throws -> Int32
  ) {
    self.path = path
    self.summary = summary
    self.arguments = arguments
    self.discussion = discussion
    self.options = options
    self.minArguments = minArguments
    self.maxArguments = maxArguments
    self.examples = examples
    self.run = run
  }

  public var name: String { (["timbang"] + path).joined(separator: " ") }
}
