// A result builder that joins lines, with if/else, optional parts and loops.
@resultBuilder
struct LinesBuilder {
    static func buildBlock(_ components: [String]...) -> [String] {
        components.flatMap { $0 }
    }
    static func buildExpression(_ expression: String) -> [String] {
        [expression]
    }
    static func buildOptional(_ component: [String]?) -> [String] {
        component ?? []
    }
    static func buildEither(first component: [String]) -> [String] {
        component
    }
    static func buildEither(second component: [String]) -> [String] {
        component
    }
    static func buildArray(_ components: [[String]]) -> [String] {
        components.flatMap { $0 }
    }
}

func poem(@LinesBuilder _ content: () -> [String]) -> String {
    content().joined(separator: "\n")
}

let formal = true
let verses = ["Roses are red", "Violets are blue"]

print(poem {
    "Title: A Poem"
    if formal {
        "Dear reader,"
    } else {
        "Hey,"
    }
    for verse in verses {
        verse
    }
    if verses.count > 5 {
        "(abridged)"
    }
    "The end"
})

struct Menu {
    @LinesBuilder var items: [String] {
        "soup"
        "bread"
        for dessert in ["pie", "cake"] {
            "dessert: \(dessert)"
        }
    }
}

print(Menu().items.count, Menu().items.last ?? "")
