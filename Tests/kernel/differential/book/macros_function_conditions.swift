// #function inside functions, methods, initializers, accessors and closures; #if compilation conditions; default-argument #function.
func currentFunctionName() -> String { #function }
print(currentFunctionName())

func logCall(_ message: String, caller: String = #function) -> String {
    "[\(caller)] \(message)"
}

func loadData(from source: String) -> String {
    logCall("loading \(source)")
}
print(loadData(from: "cache"))

struct Widget {
    var name: String
    init(name: String) {
        self.name = name
        print("in", #function)
    }
    func render(scale: Double, _ flag: Bool) -> String {
        "\(#function) for \(name)"
    }
    var summary: String {
        logCall("computing summary")
    }
    subscript(index: Int) -> String { "\(#function) \(index)" }
    static func make() -> Widget {
        print(#function)
        return Widget(name: "made")
    }
}
let w = Widget.make()
print(w.render(scale: 2, true))
print(w.summary)
print(w[3])

class Tracker {
    var value = 0 {
        didSet { print("\(#function) changed to \(value)") }
    }
    deinit { print("leaving", #function) }
}
var tracker: Tracker? = Tracker()
tracker?.value = 5
tracker = nil

let closureName: () -> String = { #function }
func outer() -> String {
    let inner = { #function }
    return inner()
}
print(outer())
_ = closureName

#if swift(>=5.0)
print("compiled with Swift 5 or later")
#else
print("old Swift")
#endif

#if compiler(>=6.0)
let compilerIsRecent = true
#else
let compilerIsRecent = false
#endif
print("compiler is recent:", compilerIsRecent)

#if DEBUG_FLAG_THAT_IS_NOT_SET
print("unexpected flag")
#elseif canImport(Swift)
print("the Swift module can be imported")
#endif

func assertive(_ x: Int) -> Int {
    assert(x > 0, "\(#function) needs a positive value")
    return x * 2
}
print(assertive(21))
