import Foundation

/// `num` evenly spaced values from `start` to `stop` inclusive, computed like numpy's `linspace`
/// (`start + i * step`, last value exactly `stop`), or with `stop` excluded when `endpoint` is false.
func linspaceValues(_ start: Double, _ stop: Double, _ num: Int, endpoint: Bool = true) -> [Double] {
    guard num > 0 else { return [] }
    let divisions = endpoint ? num - 1 : num
    if divisions == 0 { return [start] }
    let step = (stop - start) / Double(divisions)
    var values = (0..<num).map { Double($0) * step + start }
    if endpoint { values[num - 1] = stop }
    return values
}

/// The "flower" dataset of the planar-classification assignment (C1 W3A1), generated exactly like the
/// course's `planar_utils.load_planar_dataset()`: it seeds the global generator with 1 and draws 400
/// points of an 8-petal rose, 200 per class.
///
///     let (X, Y) = loadPlanarDataset()   // X: (2, 400) coordinates, Y: (1, 400) labels 0/1
///     scatter(X: X, labels: Y)           // from the Plots module
///
/// For class `j` (0 "red", then 1 "blue"): angles `t = linspace(3.12 j, 3.12 (j+1), 200) + 0.2 randn(200)`,
/// radii `r = 4 sin(4t) + 0.2 randn(200)`, points `(r sin t, r cos t)`. Columns 0–199 are class 0,
/// 200–399 class 1. Like the original, this **reseeds the global generator** (`seed(1)`), so the
/// random numbers you draw afterwards continue from there.
/// - Returns: `X` of shape (2, 400) (row 0 = x1, row 1 = x2) and `Y` of shape (1, 400) holding 0.0 / 1.0.
public func loadPlanarDataset() -> (X: Tensor, Y: Tensor) {
    seed(1)
    let perClass = 200, m = 2 * perClass, maxRay = 4.0
    var x1 = [Double](repeating: 0, count: m), x2 = x1, labels = x1
    for j in 0..<2 {
        let base = linspaceValues(Double(j) * 3.12, Double(j + 1) * 3.12, perClass)
        let angleNoise = randn(perClass).scalars
        let t = zip(base, angleNoise).map { $0 + $1 * 0.2 }
        let radiusNoise = randn(perClass).scalars
        for i in 0..<perClass {
            let r = maxRay * sin(4 * t[i]) + radiusNoise[i] * 0.2
            x1[j * perClass + i] = r * sin(t[i])
            x2[j * perClass + i] = r * cos(t[i])
            labels[j * perClass + i] = Double(j)
        }
    }
    return (Tensor(shape: [2, m], scalars: x1 + x2), Tensor(shape: [1, m], scalars: labels))
}
