import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small DOM built with Foundation's `XMLParser`: parsing fails on any XML that is not well-formed, and the tree
/// answers simple queries in the tests.
final class XMLNode {
  let name: String
  let attributes: [String: String]
  var children: [XMLNode] = []
  var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// All descendants (and self) named `name`, in document order.
  func all(_ name: String) -> [XMLNode] {
    var out: [XMLNode] = self.name == name ? [self] : []
    for child in children { out += child.all(name) }
    return out
  }

  func first(_ name: String) -> XMLNode? { all(name).first }

  /// The text of this node and its descendants.
  var allText: String { text + children.map(\.allText).joined() }

  struct ParseError: Error, CustomStringConvertible {
    var description: String
  }

  static func parse(_ bytes: [UInt8]) throws -> XMLNode {
    let parser = XMLParser(data: Data(bytes))
    let builder = Builder()
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw ParseError(
        description: "not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): "
          + "\(parser.parserError.map { "\($0)" } ?? "unknown")")
    }
    return root
  }

  static func parse(_ text: String) throws -> XMLNode { try parse(Array(text.utf8)) }

  final class Builder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
      attributes attributeDict: [String: String] = [:]
    ) {
      let node = XMLNode(name: elementName, attributes: attributeDict)
      stack.last?.children.append(node)
      if root == nil { root = node }
      stack.append(node)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}
