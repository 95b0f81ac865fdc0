// A grandparent's property overridden two generations later, each class in a cell of its own.
class Vehicle {
    var currentSpeed = 0.0
    var description: String {
        "traveling at \(currentSpeed) miles per hour"
    }
    func makeNoise() {
        print("(silence)")
    }
}

class Car: Vehicle {
    var gear = 1
}

class SportsCar: Car {
    override var description: String {
        super.description + " in gear \(gear), fast"
    }
    override var currentSpeed: Double {
        didSet {
            gear = Int(currentSpeed / 10.0) + 1
        }
    }
    override func makeNoise() {
        print("Vroom")
    }
}

let vehicle = Vehicle()
print("Vehicle: \(vehicle.description)")
vehicle.makeNoise()

let car = SportsCar()
car.currentSpeed = 35.0
print("SportsCar: \(car.description)")
car.makeNoise()

let vehicles: [Vehicle] = [Vehicle(), Car(), car]
for v in vehicles {
    v.makeNoise()
}
print(vehicles.map { $0.description })
