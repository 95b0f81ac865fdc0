// A tiny perceptron with its own Tensor, Layer, Parameters, predict and model.
struct Tensor: CustomStringConvertible {
    var values: [Double]
    var shape: [Int] { [values.count] }

    static func * (lhs: Tensor, rhs: Tensor) -> Double {
        zip(lhs.values, rhs.values).map(*).reduce(0, +)
    }

    var description: String { "Tensor\(values)" }
}

typealias Parameters = [String: Double]

class Layer {
    var weights: Tensor
    var bias: Double

    init(weights: Tensor, bias: Double) {
        self.weights = weights
        self.bias = bias
    }

    func forward(_ x: Tensor) -> Double {
        weights * x + bias
    }
}

func predict(_ layer: Layer, _ x: Tensor) -> Int {
    layer.forward(x) > 0 ? 1 : 0
}

func model(_ samples: [(Tensor, Int)], epochs: Int, learningRate: Double) -> (Layer, Parameters) {
    let layer = Layer(weights: Tensor(values: [0, 0]), bias: 0)
    var mistakes = 0
    for _ in 0..<epochs {
        for (x, y) in samples {
            let error = Double(y - predict(layer, x))
            if error != 0 { mistakes += 1 }
            layer.weights.values = zip(layer.weights.values, x.values).map { $0 + learningRate * error * $1 }
            layer.bias += learningRate * error
        }
    }
    return (layer, ["mistakes": Double(mistakes), "bias": layer.bias])
}

let andGate: [(Tensor, Int)] = [
    (Tensor(values: [0, 0]), 0), (Tensor(values: [0, 1]), 0),
    (Tensor(values: [1, 0]), 0), (Tensor(values: [1, 1]), 1),
]

let (trained, stats) = model(andGate, epochs: 10, learningRate: 0.5)
print(trained.weights, trained.bias)

print(andGate.map { predict(trained, $0.0) })

print(stats.keys.sorted().map { "\($0)=\(stats[$0]!)" })

print(Tensor(values: [1, 2, 3]).shape)
