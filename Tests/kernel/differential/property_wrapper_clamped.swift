// A property wrapper that keeps a value within bounds, used on struct members and a local variable.
@propertyWrapper
struct Clamped<Value: Comparable> {
    private var value: Value
    let range: ClosedRange<Value>

    init(wrappedValue: Value, _ range: ClosedRange<Value>) {
        self.range = range
        self.value = min(max(wrappedValue, range.lowerBound), range.upperBound)
    }

    var wrappedValue: Value {
        get { value }
        set { value = min(max(newValue, range.lowerBound), range.upperBound) }
    }
}

struct Volume {
    @Clamped(0...10) var level = 5
    @Clamped(0.0...1.0) var balance = 0.5
}

var volume = Volume()
print(volume.level, volume.balance)

volume.level = 42
volume.balance = -3
print(volume.level, volume.balance)

volume.level -= 7
print(volume.level)

func loudest(_ requested: Int) -> Int {
    @Clamped(0...10) var result = requested
    return result
}

print(loudest(11), loudest(-1), loudest(6))
