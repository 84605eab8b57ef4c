import Foundation
import TimbangCLI

exit(Timbang.run(Array(CommandLine.arguments.dropFirst()), console: .standard()))
