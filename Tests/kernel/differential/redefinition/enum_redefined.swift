// An enumeration declared again with a raw type and more cases replaces the earlier one.
enum Mode: CaseIterable {
    case light, dark
}
print(Mode.allCases.count)
// %% cell
enum Mode: String, CaseIterable {
    case light, dark, system
}
// %% cell
print(Mode.allCases.map(\.rawValue))
// %% cell
let current: Mode = .system
print(current.rawValue, Mode(rawValue: "dark") == .dark)
