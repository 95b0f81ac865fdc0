// Type aliases for standard types, function types, tuples and generic types.
typealias AudioSample = UInt16

typealias Coordinate = (latitude: Double, longitude: Double)

typealias Transform = (Int) -> Int

typealias StringDictionary<Value> = [String: Value]

typealias Pair<T> = (T, T)

var maxAmplitudeFound = AudioSample.min
print(maxAmplitudeFound, AudioSample.max)

maxAmplitudeFound = 1234
print(maxAmplitudeFound + 1)

let oslo: Coordinate = (latitude: 59.91, longitude: 10.75)
print(oslo.latitude, oslo.1)

let pipeline: [Transform] = [{ $0 + 1 }, { $0 * 10 }, { -$0 }]
print(pipeline.reduce(4) { value, step in step(value) })

var ages: StringDictionary<Int> = ["Ann": 31, "Bo": 27]
ages["Cy"] = 45
print(ages.keys.sorted(), ages.values.reduce(0, +))

let bounds: Pair<Int> = (1, 9)
print(bounds.0 + bounds.1)
