// Properties: willSet/didSet observers, observers on inherited properties via in-out, property wrappers with parameters and projected values.
class StepCounter {
    var totalSteps: Int = 0 {
        willSet(newTotalSteps) {
            print("About to set totalSteps to \(newTotalSteps)")
        }
        didSet {
            if totalSteps > oldValue {
                print("Added \(totalSteps - oldValue) steps")
            }
        }
    }
}
let stepCounter = StepCounter()
stepCounter.totalSteps = 200
stepCounter.totalSteps = 360
stepCounter.totalSteps = 896

func addHundred(_ steps: inout Int) { steps += 100 }
addHundred(&stepCounter.totalSteps)

@propertyWrapper
struct TwelveOrLess {
    private var number = 0
    var wrappedValue: Int {
        get { number }
        set { number = min(newValue, 12) }
    }
}

struct SmallRectangle {
    @TwelveOrLess var height: Int
    @TwelveOrLess var width: Int
}
var rectangle = SmallRectangle()
print(rectangle.height)
rectangle.height = 10
rectangle.width = 24
print(rectangle.height, rectangle.width)

@propertyWrapper
struct SmallNumber {
    private var maximum: Int
    private var number: Int
    private(set) var projectedValue: Bool

    var wrappedValue: Int {
        get { number }
        set {
            if newValue > maximum {
                number = maximum
                projectedValue = true
            } else {
                number = newValue
                projectedValue = false
            }
        }
    }

    init(wrappedValue: Int, maximum: Int = 12) {
        self.maximum = maximum
        self.number = 0
        self.projectedValue = false
        self.wrappedValue = wrappedValue
    }
}

struct MixedRectangle {
    @SmallNumber var height: Int = 1
    @SmallNumber(maximum: 9) var width: Int = 2
}
var mixed = MixedRectangle()
print(mixed.height, mixed.width)
mixed.height = 20
mixed.width = 20
print(mixed.height, mixed.$height, mixed.width, mixed.$width)
mixed.width = 4
print(mixed.width, mixed.$width)

struct Account {
    var balance: Double = 0 {
        didSet { history.append(balance - oldValue) }
    }
    private(set) var history: [Double] = []
}
var account = Account()
account.balance += 50
account.balance -= 20.5
print(account.balance, account.history)
