// Inheritance: a base class, subclassing, overriding methods, properties and observers, calling super, final members.
class Vehicle {
    var currentSpeed = 0.0
    var description: String {
        "traveling at \(currentSpeed) miles per hour"
    }
    func makeNoise() {
        print("(silence)")
    }
}

class Bicycle: Vehicle {
    var hasBasket = false
}

class Tandem: Bicycle {
    var currentNumberOfPassengers = 0
}

class Train: Vehicle {
    override func makeNoise() {
        print("Choo Choo")
    }
}

class Car: Vehicle {
    var gear = 1
    override var description: String {
        super.description + " in gear \(gear)"
    }
}

class AutomaticCar: Car {
    override var currentSpeed: Double {
        didSet {
            gear = Int(currentSpeed / 10.0) + 1
        }
    }
}

class Limousine: Car {
    final var length = 8.5
    final func stretch() -> String { "a \(length)m limousine, " + description }
    override func makeNoise() {
        super.makeNoise()
        print("(a very quiet purr)")
    }
}

let someVehicle = Vehicle()
print("Vehicle: \(someVehicle.description)")

let bicycle = Bicycle()
bicycle.hasBasket = true
bicycle.currentSpeed = 15.0
print("Bicycle: \(bicycle.description)")

let tandem = Tandem()
tandem.hasBasket = true
tandem.currentNumberOfPassengers = 2
tandem.currentSpeed = 22.0
print("Tandem: \(tandem.description)")

let train = Train()
train.makeNoise()

let car = Car()
car.currentSpeed = 25.0
car.gear = 3
print("Car: \(car.description)")

let automatic = AutomaticCar()
automatic.currentSpeed = 35.0
print("AutomaticCar: \(automatic.description)")

let limo = Limousine()
limo.makeNoise()
print(limo.stretch())

let garage: [Vehicle] = [someVehicle, train, automatic, limo]
for vehicle in garage {
    vehicle.makeNoise()
}
print(garage.map { String(describing: type(of: $0)) })
print(garage.filter { $0 is Car }.count)
