// Once a variable's type is known, an enumeration case can be written with its short dot syntax.
enum CompassPoint {
    case north
    case south
    case east
    case west
}

var directionToHead = CompassPoint.west
print(directionToHead)

directionToHead = .east
print(directionToHead)

func turnRight(from direction: CompassPoint) -> CompassPoint {
    switch direction {
    case .north: return .east
    case .east: return .south
    case .south: return .west
    case .west: return .north
    }
}

var heading: CompassPoint = .north
for _ in 1...3 {
    heading = turnRight(from: heading)
    print("now heading \(heading)")
}

if heading == .west {
    print("Where the skies are blue")
}

let route: [CompassPoint] = [.north, .north, .east, .south]
print(route.filter { $0 == .north }.count)
