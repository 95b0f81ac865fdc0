// Automatic Reference Counting: a strong reference cycle through a lazy closure, broken with [unowned self] and [weak self] capture lists.
class HTMLElement {
    let name: String
    let text: String?

    lazy var asHTML: () -> String = { [unowned self] in
        if let text = self.text {
            return "<\(self.name)>\(text)</\(self.name)>"
        } else {
            return "<\(self.name) />"
        }
    }

    init(name: String, text: String? = nil) {
        self.name = name
        self.text = text
    }

    deinit { print("\(name) is being deinitialized") }
}

let heading = HTMLElement(name: "h1")
let defaultText = "some default text"
heading.asHTML = {
    "<\(heading.name)>\(heading.text ?? defaultText)</\(heading.name)>"
}
print(heading.asHTML())

var paragraph: HTMLElement? = HTMLElement(name: "p", text: "hello, world")
print(paragraph!.asHTML())
paragraph = nil

class Leaky {
    let id: String
    var action: (() -> Void)?
    init(id: String) { self.id = id }
    func setUp() { action = { print("leaky", self.id) } }
    deinit { print("Leaky \(id) deinit") }
}
var leaky: Leaky? = Leaky(id: "L1")
leaky!.setUp()
leaky!.action?()
weak var watcher = leaky
leaky = nil
print("L1 still alive through its own closure:", watcher != nil)
watcher?.action = nil
print("after breaking the cycle:", watcher == nil)

class Downloader {
    let url: String
    var onFinish: (() -> Void)?
    init(url: String) { self.url = url }
    func start() {
        onFinish = { [weak self] in
            guard let self else {
                print("downloader is gone")
                return
            }
            print("finished", self.url)
        }
    }
    deinit { print("Downloader \(url) deinit") }
}

var downloader: Downloader? = Downloader(url: "a.example")
downloader!.start()
let callback = downloader!.onFinish!
callback()
downloader = nil
callback()

var counter = 0
let snapshot = { [counter] in print("captured counter:", counter) }
let live = { print("live counter:", counter) }
counter = 10
snapshot()
live()

class Temp {
    let v: Int
    init(_ v: Int) { self.v = v }
    deinit { print("Temp \(v) deinit") }
}
func makeReader() -> () -> Int {
    let t = Temp(7)
    return { [t] in t.v * 2 }
}
var reader: (() -> Int)? = makeReader()
print(reader!())
reader = nil
print("end")
