// Activation functions on plain Doubles, named like the kernel's tensor functions.
import Foundation

func sigmoid(_ x: Double) -> Double {
    1 / (1 + exp(-x))
}

func relu(_ x: Double) -> Double {
    max(0, x)
}

func softmax(_ logits: [Double]) -> [Double] {
    let largest = logits.max() ?? 0
    let exponentials = logits.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
}

enum Activation {
    case sigmoid, relu, identity
}

func apply(_ activation: Activation, to x: Double) -> Double {
    switch activation {
    case .sigmoid: return sigmoid(x)
    case .relu: return relu(x)
    case .identity: return x
    }
}

print(sigmoid(0))

print(String(format: "%.4f", sigmoid(2)))

print([-2.0, 0.5, 3.0].map(relu))

print(softmax([1, 2, 3]).map { String(format: "%.3f", $0) })

let layerActivation: Activation = .relu
print(apply(layerActivation, to: -1.5), apply(.sigmoid, to: 0), apply(.identity, to: 7))

func sigmoidDerivative(_ x: Double) -> Double {
    let s = sigmoid(x)
    return s * (1 - s)
}

print(sigmoidDerivative(0), log(exp(2.0)))
