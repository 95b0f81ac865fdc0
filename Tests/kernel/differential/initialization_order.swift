// Global and static initializers with side effects: globals run in order, statics on first use.
var log: [String] = []

func make(_ name: String, _ value: Int) -> Int {
    log.append(name)
    print("initializing \(name)")
    return value
}

let width = make("width", 640)

let height = make("height", width * 3 / 4)

enum Settings {
    static let scale = make("scale", 2)
    static var theme = "light"
}

print("before first use of Settings.scale: \(log)")

print(width * Settings.scale, height * Settings.scale)

print(Settings.scale)

Settings.theme = "dark"
print(Settings.theme, log)

struct Registry {
    static var entries: [String] = {
        print("creating the registry")
        return ["default"]
    }()
}

print("registry not created yet")
Registry.entries.append("custom")
print(Registry.entries)
