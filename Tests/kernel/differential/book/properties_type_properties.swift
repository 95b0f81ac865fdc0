// Properties: type properties of structs, enums and classes, overridable class computed properties, global computed variables.
struct SomeStructure {
    static var storedTypeProperty = "Some value."
    static var computedTypeProperty: Int { 1 }
}
enum SomeEnumeration {
    static var storedTypeProperty = "Some enum value."
    static var computedTypeProperty: Int { 6 }
}
class SomeClass {
    static var storedTypeProperty = "Some class value."
    static var computedTypeProperty: Int { 27 }
    class var overrideableComputedTypeProperty: Int { 107 }
}
class SomeSubclass: SomeClass {
    override class var overrideableComputedTypeProperty: Int { 2 * super.overrideableComputedTypeProperty }
}

print(SomeStructure.storedTypeProperty)
SomeStructure.storedTypeProperty = "Another value."
print(SomeStructure.storedTypeProperty)
print(SomeEnumeration.computedTypeProperty, SomeClass.computedTypeProperty, SomeEnumeration.storedTypeProperty)
print(SomeClass.overrideableComputedTypeProperty, SomeSubclass.overrideableComputedTypeProperty)
let classes: [SomeClass.Type] = [SomeClass.self, SomeSubclass.self]
print(classes.map { $0.overrideableComputedTypeProperty })

struct AudioChannel {
    static let thresholdLevel = 10
    static var maxInputLevelForAllChannels = 0
    var currentLevel: Int = 0 {
        didSet {
            if currentLevel > AudioChannel.thresholdLevel {
                currentLevel = AudioChannel.thresholdLevel
            }
            if currentLevel > AudioChannel.maxInputLevelForAllChannels {
                AudioChannel.maxInputLevelForAllChannels = currentLevel
            }
        }
    }
}
var leftChannel = AudioChannel()
var rightChannel = AudioChannel()
leftChannel.currentLevel = 7
print(leftChannel.currentLevel, AudioChannel.maxInputLevelForAllChannels)
rightChannel.currentLevel = 11
print(rightChannel.currentLevel, AudioChannel.maxInputLevelForAllChannels)

var celsiusReadings: [Double] = [12.5, 19.0, 7.25]
var averageReading: Double {
    get { celsiusReadings.reduce(0, +) / Double(celsiusReadings.count) }
    set { celsiusReadings = celsiusReadings.map { _ in newValue } }
}
print(averageReading)
averageReading = 20
print(celsiusReadings)

var observedGlobal = 1 {
    didSet { print("observedGlobal went from \(oldValue) to \(observedGlobal)") }
}
observedGlobal = 5
observedGlobal += 1

struct IDMaker {
    private static var next = 100
    static func make() -> Int {
        defer { next += 1 }
        return next
    }
}
print(IDMaker.make(), IDMaker.make(), IDMaker.make())
