// Result builders: a drawing builder with buildBlock, buildOptional, buildEither, buildArray and buildExpression.
protocol Drawable {
    func draw() -> String
}
struct Line: Drawable {
    var elements: [Drawable]
    func draw() -> String { elements.map { $0.draw() }.joined() }
}
struct Text: Drawable {
    var content: String
    init(_ content: String) { self.content = content }
    func draw() -> String { content }
}
struct Space: Drawable {
    func draw() -> String { " " }
}
struct Stars: Drawable {
    var length: Int
    func draw() -> String { String(repeating: "*", count: length) }
}
struct AllCaps: Drawable {
    var content: Drawable
    func draw() -> String { content.draw().uppercased() }
}

@resultBuilder
struct DrawingBuilder {
    static func buildBlock(_ components: Drawable...) -> Drawable {
        Line(elements: components)
    }
    static func buildEither(first: Drawable) -> Drawable { first }
    static func buildEither(second: Drawable) -> Drawable { second }
    static func buildOptional(_ component: Drawable?) -> Drawable {
        component ?? Text("")
    }
    static func buildArray(_ components: [Drawable]) -> Drawable {
        Line(elements: components)
    }
    static func buildExpression(_ text: String) -> Drawable { Text(text) }
    static func buildExpression(_ drawable: Drawable) -> Drawable { drawable }
}

func draw(@DrawingBuilder content: () -> Drawable) -> Drawable { content() }
func caps(@DrawingBuilder content: () -> Drawable) -> Drawable { AllCaps(content: content()) }

func makeGreeting(for name: String? = nil) -> Drawable {
    draw {
        Stars(length: 3)
        Text("Hello")
        Space()
        caps {
            if let name = name {
                Text(name + "!")
            } else {
                "World"
            }
        }
        Stars(length: 2)
    }
}
print(makeGreeting().draw())
print(makeGreeting(for: "Ravi Patel").draw())

let showBorder = false
let manyStars = draw {
    Text("Stars:")
    for length in 1...3 {
        Space()
        Stars(length: length)
    }
    if showBorder {
        Text(" |")
    }
}
print(manyStars.draw())

@resultBuilder
enum ListBuilder {
    static func buildBlock(_ parts: [String]...) -> [String] { parts.flatMap { $0 } }
    static func buildExpression(_ s: String) -> [String] { [s] }
    static func buildOptional(_ p: [String]?) -> [String] { p ?? [] }
    static func buildEither(first: [String]) -> [String] { first }
    static func buildEither(second: [String]) -> [String] { second }
    static func buildArray(_ parts: [[String]]) -> [String] { parts.flatMap { $0 } }
}

@ListBuilder
func shoppingList(vegetarian: Bool, guests: Int) -> [String] {
    "bread"
    if vegetarian {
        "tofu"
    } else {
        "chicken"
    }
    for i in 1...guests {
        "cup \(i)"
    }
    if guests > 2 {
        "extra chairs"
    }
}
print(shoppingList(vegetarian: true, guests: 2))
print(shoppingList(vegetarian: false, guests: 3).joined(separator: ", "))
