// willSet and didSet observers on stored properties, in a type and at top level.
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

var temperature = 20 {
    willSet {
        print("temperature will change from \(temperature) to \(newValue)")
    }
    didSet {
        print("temperature changed by \(temperature - oldValue)")
    }
}

temperature = 25

temperature -= 3

func double(_ value: inout Int) {
    value *= 2
}
double(&stepCounter.totalSteps)
print(stepCounter.totalSteps)
