// Control Flow: guard in functions, a top-level guard let whose names later cells use, availability checks.
func greet(person: [String: String]) {
    guard let name = person["name"] else {
        print("no name given")
        return
    }
    print("Hello \(name)!")
    guard let location = person["location"] else {
        print("I hope the weather is nice near you.")
        return
    }
    print("I hope the weather is nice in \(location).")
}
greet(person: ["name": "John"])
greet(person: ["name": "Jane", "location": "Cupertino"])
greet(person: [:])

let settings = ["width": "640", "height": "480", "title": "Preview"]

guard let width = Int(settings["width"] ?? ""), let height = Int(settings["height"] ?? "") else {
    fatalError("bad settings")
}

guard let title = settings["title"], !title.isEmpty else {
    fatalError("no title")
}

print("\(title): \(width) x \(height) = \(width * height) pixels")

func aspect() -> String {
    let ratio = Double(width) / Double(height)
    return "\(title) has aspect ratio \(ratio)"
}
print(aspect())

if #available(macOS 10.12, iOS 10, *) {
    print("new APIs are available")
} else {
    print("falling back to old APIs")
}

if #unavailable(iOS 1) {
    print("unexpectedly unavailable")
} else {
    print("not unavailable")
}

@available(macOS 10.12, *)
struct ColorPreference {
    var bestColor = "blue"
}

func chooseBestColor() -> String {
    guard #available(macOS 10.12, *) else {
        return "gray"
    }
    let colors = ColorPreference()
    return colors.bestColor
}
print(chooseBestColor())

func firstEven(in values: [Int]) -> Int? {
    for v in values {
        guard v % 2 == 0 else { continue }
        return v
    }
    return nil
}
print(firstEven(in: [1, 3, 8, 10]) ?? -1, firstEven(in: [1]) ?? -1)
