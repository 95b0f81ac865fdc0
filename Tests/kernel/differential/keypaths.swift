// Key paths: reading, writing, passing as functions, and sorting by them.
struct Address {
    var city: String
}

struct Employee {
    var name: String
    var salary: Int
    var address: Address
}

var staff = [
    Employee(name: "Lin", salary: 5200, address: Address(city: "Bergen")),
    Employee(name: "Ada", salary: 6100, address: Address(city: "Oslo")),
    Employee(name: "Kai", salary: 4800, address: Address(city: "Oslo")),
]

let salaryPath = \Employee.salary
print(staff[0][keyPath: salaryPath])

let cityPath: KeyPath<Employee, String> = \.address.city
print(staff.map { $0[keyPath: cityPath] })

print(staff.map(\.name))

func sorted<T, Value: Comparable>(_ items: [T], by path: KeyPath<T, Value>) -> [T] {
    items.sorted { $0[keyPath: path] < $1[keyPath: path] }
}

print(sorted(staff, by: \.salary).map(\.name))

print(sorted(staff, by: \.address.city).map(\.name))

let raisePath: WritableKeyPath<Employee, Int> = \.salary
for index in staff.indices {
    staff[index][keyPath: raisePath] += 100
}
print(staff.map(\.salary))

print([3, 1, 2].map(\.self), ["a", "bb"].map(\.count))
