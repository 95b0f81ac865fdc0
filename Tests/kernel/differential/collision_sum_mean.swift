// Descriptive statistics with the usual names: sum, mean, variance, std (also names the kernel preloads).
import Foundation

func sum(_ values: [Double]) -> Double {
    values.reduce(0, +)
}

func mean(_ values: [Double]) -> Double {
    sum(values) / Double(values.count)
}

func variance(_ values: [Double]) -> Double {
    let average = mean(values)
    return mean(values.map { ($0 - average) * ($0 - average) })
}

func std(_ values: [Double]) -> Double {
    variance(values).squareRoot()
}

let measurements = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]

print(sum(measurements))

print(mean(measurements))

print(variance(measurements), std(measurements))

func sum(_ values: Int...) -> Int {
    values.reduce(0, +)
}

print(sum(1, 2, 3, 4))

let normalized = measurements.map { ($0 - mean(measurements)) / std(measurements) }
print(normalized)

print(max(3, 8), min(2.5, 1.5), abs(-4))
