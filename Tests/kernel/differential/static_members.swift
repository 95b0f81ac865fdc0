// Type properties and type methods: stored, computed, overridable class members.
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

class SomeClass {
    static var storedTypeProperty = "Some value."
    class var overrideableComputedTypeProperty: Int { 107 }
    class func kind() -> String { "base" }
}

class SubClass: SomeClass {
    override class var overrideableComputedTypeProperty: Int { 108 }
    override class func kind() -> String { "sub of " + super.kind() }
}

var leftChannel = AudioChannel()
var rightChannel = AudioChannel()

leftChannel.currentLevel = 7
print(leftChannel.currentLevel, AudioChannel.maxInputLevelForAllChannels)

rightChannel.currentLevel = 11
print(rightChannel.currentLevel, AudioChannel.maxInputLevelForAllChannels)

SomeClass.storedTypeProperty = "Another value."
print(SomeClass.storedTypeProperty)

print(SomeClass.overrideableComputedTypeProperty, SubClass.overrideableComputedTypeProperty)

let classes: [SomeClass.Type] = [SomeClass.self, SubClass.self]
print(classes.map { $0.kind() })
