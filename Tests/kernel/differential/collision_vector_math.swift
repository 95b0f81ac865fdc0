// Vector helpers on arrays named like numpy functions: dot, norm, zeros, ones, clip.
import Foundation

func dot(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map(*).reduce(0, +)
}

func norm(_ v: [Double]) -> Double {
    dot(v, v).squareRoot()
}

func zeros(_ count: Int) -> [Double] {
    Array(repeating: 0, count: count)
}

func ones(_ count: Int) -> [Double] {
    Array(repeating: 1, count: count)
}

func clip(_ values: [Double], min lower: Double, max upper: Double) -> [Double] {
    values.map { Swift.min(Swift.max($0, lower), upper) }
}

print(dot([1, 2, 3], [4, 5, 6]))

print(norm([3, 4]))

print(zeros(3), ones(2))

print(clip([-2, 0.5, 7], min: 0, max: 1))

var weights = zeros(4)
for (index, gradient) in [0.5, -1.0, 2.0, 0.0].enumerated() {
    weights[index] -= 0.1 * gradient
}
print(weights)

print(max(norm([6, 8]), 5), min(1, 2, 3), pow(2.0, 10.0) == 1024 ? "pow ok" : "pow?")
