// Closures: escaping closures stored for later, self in escaping closures of classes and structs, autoclosures.
var completionHandlers: [() -> Void] = []
func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
    completionHandlers.append(completionHandler)
}
func someFunctionWithNonescapingClosure(closure: () -> Void) {
    closure()
}

class SomeClass {
    var x = 10
    func doSomething() {
        someFunctionWithEscapingClosure { self.x = 100 }
        someFunctionWithNonescapingClosure { x = 200 }
    }
}

let instance = SomeClass()
instance.doSomething()
print(instance.x)
completionHandlers.first?()
print(instance.x)

class SomeOtherClass {
    var x = 10
    func doSomething() {
        someFunctionWithEscapingClosure { [self] in x = 300 }
    }
}
let other = SomeOtherClass()
other.doSomething()
completionHandlers.last?()
print(other.x, completionHandlers.count)

struct SomeStruct {
    var x = 10
    mutating func doSomething() {
        someFunctionWithNonescapingClosure { x = 400 }
    }
}
var s = SomeStruct()
s.doSomething()
print(s.x)

var customersInLine = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
print(customersInLine.count)
let customerProvider = { customersInLine.remove(at: 0) }
print(customersInLine.count)
print("Now serving \(customerProvider())!")
print(customersInLine.count)

func serve(customer customerProvider: () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: { customersInLine.remove(at: 0) })

func serve(customer customerProvider: @autoclosure () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: customersInLine.remove(at: 0))

var customerProviders: [() -> String] = []
func collectCustomerProviders(_ customerProvider: @autoclosure @escaping () -> String) {
    customerProviders.append(customerProvider)
}
collectCustomerProviders(customersInLine.remove(at: 0))
collectCustomerProviders(customersInLine.remove(at: 0))
print("Collected \(customerProviders.count) closures, line still has \(customersInLine.count).")
for customerProvider in customerProviders {
    print("Now serving \(customerProvider())!")
}

func logIfNeeded(_ enabled: Bool, _ message: @autoclosure () -> String) {
    if enabled { print("log:", message()) }
}
var evaluations = 0
func expensive() -> String { evaluations += 1; return "expensive value" }
logIfNeeded(false, expensive())
logIfNeeded(true, expensive())
print("evaluated \(evaluations) time(s)")
