// Tuples: returning several values, named elements, decomposition, comparison.
func minMax(array: [Int]) -> (min: Int, max: Int)? {
    if array.isEmpty { return nil }
    var currentMin = array[0]
    var currentMax = array[0]
    for value in array[1..<array.count] {
        if value < currentMin {
            currentMin = value
        } else if value > currentMax {
            currentMax = value
        }
    }
    return (currentMin, currentMax)
}

if let bounds = minMax(array: [8, -6, 2, 109, 3, 71]) {
    print("min is \(bounds.min) and max is \(bounds.max)")
}

print(minMax(array: []) == nil)

let http404Error = (404, "Not Found")
let (statusCode, statusMessage) = http404Error
print("The status code is \(statusCode), message \(statusMessage)")

let (justTheStatusCode, _) = http404Error
print(justTheStatusCode)

let http200Status = (statusCode: 200, description: "OK")
print(http200Status.statusCode, http200Status.description)

print((1, "zebra") < (2, "apple"), (3, "apple") < (3, "bird"))

var (a, b) = (1, 2)
(a, b) = (b, a)
print(a, b)

let scores = [("Ann", 8), ("Bo", 12), ("Cy", 8)]
let ranked = scores.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
print(ranked.map { "\($0.0)=\($0.1)" })
