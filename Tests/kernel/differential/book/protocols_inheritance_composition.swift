// Protocols: inheritance, class-only protocols, composition (including with a class), checking conformance with is and as?.
protocol Named {
    var name: String { get }
}
protocol Aged {
    var age: Int { get }
}
struct Person: Named, Aged {
    var name: String
    var age: Int
}
func wishHappyBirthday(to celebrator: Named & Aged) {
    print("Happy birthday, \(celebrator.name), you're \(celebrator.age)!")
}
let birthdayPerson = Person(name: "Malcolm", age: 21)
wishHappyBirthday(to: birthdayPerson)

class Location {
    var latitude: Double
    var longitude: Double
    init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
class City: Location, Named {
    var name: String
    init(name: String, latitude: Double, longitude: Double) {
        self.name = name
        super.init(latitude: latitude, longitude: longitude)
    }
}
func beginConcert(in location: Location & Named) {
    print("Hello, \(location.name)! (\(location.latitude), \(location.longitude))")
}
beginConcert(in: City(name: "Seattle", latitude: 47.6, longitude: -122.3))

protocol HasArea {
    var area: Double { get }
}
class Circle: HasArea {
    let pi = 3.1415927
    var radius: Double
    var area: Double { pi * radius * radius }
    init(radius: Double) { self.radius = radius }
}
class Country: HasArea {
    var area: Double
    init(area: Double) { self.area = area }
}
class Animal {
    var legs: Int
    init(legs: Int) { self.legs = legs }
}
let objects: [AnyObject] = [Circle(radius: 2.0), Country(area: 243_610), Animal(legs: 4)]
for object in objects {
    if let objectWithArea = object as? HasArea {
        print("Area is \(objectWithArea.area)")
    } else {
        print("Something that doesn't have an area")
    }
}
print(objects.filter { $0 is HasArea }.count)

protocol Resettable: AnyObject {
    func reset()
}
final class Odometer: Resettable {
    var miles = 120
    func reset() { miles = 0 }
}
func resetAll(_ items: [Resettable]) {
    for item in items { item.reset() }
}
let odo = Odometer()
resetAll([odo])
print(odo.miles)

protocol Identified { var id: Int { get } }
protocol Describable: Named, Identified {
    func describe() -> String
}
extension Describable {
    func describe() -> String { "#\(id) \(name)" }
}
struct Product: Describable {
    var id: Int
    var name: String
}
let items: [any Describable] = [Product(id: 2, name: "lamp"), Product(id: 1, name: "desk")]
print(items.sorted { $0.id < $1.id }.map { $0.describe() })
let n: any Named = items[0]
print(n is Identified, n is Aged, (n as? Describable)?.describe() ?? "-")
