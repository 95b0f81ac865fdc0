// Protocol extensions give default implementations; a conforming type may replace them.
protocol Greeter {
    var name: String { get }
    func greet() -> String
}

extension Greeter {
    func greet() -> String {
        "Hello, \(name)!"
    }

    func greetTwice() -> String {
        greet() + " " + greet()
    }
}

struct Plain: Greeter {
    let name: String
}

struct Formal: Greeter {
    let name: String
    func greet() -> String {
        "Good evening, \(name)."
    }
}

print(Plain(name: "Ada").greet())

print(Formal(name: "Grace").greet())

let greeters: [Greeter] = [Plain(name: "Alan"), Formal(name: "Barbara")]
for greeter in greeters {
    print(greeter.greetTwice())
}

extension Collection where Element: Greeter {
    func greetAll() -> [String] {
        map { $0.greet() }
    }
}

print([Plain(name: "x"), Plain(name: "y")].greetAll())
