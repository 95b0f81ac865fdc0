// A small HTML DSL built with a result builder over an indirect enumeration.
indirect enum Node {
    case text(String)
    case element(String, [Node])

    func render() -> String {
        switch self {
        case let .text(value):
            return value
        case let .element(tag, children):
            return "<\(tag)>" + children.map { $0.render() }.joined() + "</\(tag)>"
        }
    }
}

@resultBuilder
enum HTMLBuilder {
    static func buildBlock(_ nodes: Node...) -> [Node] { nodes }
    static func buildExpression(_ text: String) -> Node { .text(text) }
    static func buildExpression(_ node: Node) -> Node { node }
    static func buildArray(_ groups: [[Node]]) -> Node { .element("span", groups.flatMap { $0 }) }
}

func tag(_ name: String, @HTMLBuilder _ children: () -> [Node]) -> Node {
    .element(name, children())
}

let fruits = ["apple", "fig"]

let page = tag("div") {
    tag("h1") { "Fruit" }
    tag("ul") {
        "list:"
        for fruit in fruits {
            tag("li") { fruit }
        }
    }
}

print(page.render())

let empty = tag("p") { "" }
print(empty.render())
