// Course 2, weeks 1-2: initialisation, regularisation and dropout, gradient checking, and
// optimisation methods — the course's public tests (course-spec §7 and the assignments'
// public_tests.py / test_cases.py).

import XCTest
@testable import NeuralNet

/// The regularisation notebook's cache tuple `(Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)` by name.
private func regularizationCache() -> [String: Tensor] {
    [
        "Z1": matrix([[-1.52855314, 3.32524635, 2.13994541, 2.60700654, -0.75942115], [-1.98043538, 4.1600994, 0.79051021, 1.46493512, -0.45506242]]),
        "A1": matrix([[0, 3.32524635, 2.13994541, 2.60700654, 0], [0, 4.1600994, 0.79051021, 1.46493512, 0]]),
        "W1": matrix([[-1.09989127, -0.17242821, -0.87785842], [0.04221375, 0.58281521, -1.10061918]]),
        "b1": matrix([[1.14472371], [0.90159072]]),
        "Z2": matrix([[0.53035547, 5.94892323, 2.31780174, 3.16005701, 0.53035547], [-0.69166075, -3.47645987, -2.25194702, -2.65416996, -0.69166075],
                      [-0.39675353, -4.62285846, -2.61101729, -3.22874921, -0.39675353]]),
        "A2": matrix([[0.53035547, 5.94892323, 2.31780174, 3.16005701, 0.53035547], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]),
        "W2": matrix([[0.50249434, 0.90085595], [-0.68372786, -0.12289023], [-0.93576943, -0.26788808]]),
        "b2": matrix([[0.53035547], [-0.69166075], [-0.39675353]]),
        "Z3": matrix([[-0.3771104, -4.10060224, -1.60539468, -2.18416951, -0.3771104]]),
        "A3": matrix([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]]),
        "W3": matrix([[-0.6871727, -0.84520564, -0.67124613]]),
        "b3": matrix([[-0.0126646]]),
    ]
}

/// seed(1) then X = randn(3, 5) and the 3-layer parameters, in the order of the course's test cases.
private func dropoutInputs() -> (X: Tensor, parameters: Parameters) {
    seed(1)
    let X = randn(3, 5)
    let parameters: Parameters = ["W1": randn(2, 3), "b1": randn(2, 1), "W2": randn(3, 2), "b2": randn(3, 1),
                                  "W3": randn(1, 3), "b3": randn(1, 1)]
    return (X, parameters)
}

/// seed(1) then W1 (2,3), b1 (2,1), W2 (3,2), b2 (3,1) and their gradients, as in the optimisation tests.
private func optimizationInputs() -> (parameters: Parameters, grads: Gradients) {
    seed(1)
    let parameters: Parameters = ["W1": randn(2, 3), "b1": randn(2, 1), "W2": randn(3, 2), "b2": randn(3, 1)]
    let grads: Gradients = ["dW1": randn(2, 3), "db1": randn(2, 1), "dW2": randn(3, 2), "db2": randn(3, 1)]
    return (parameters, grads)
}

final class CourseC2W1InitializationTests: XCTestCase {
    func testZeros() {
        let p = initializeParametersZeros([3, 2, 1])
        XCTAssertEqual(p.count, 4)
        assertClose(p["W1"], zeros(2, 3), atol: 0, "W1")
        assertClose(p["b1"], zeros(2, 1), atol: 0, "b1")
        assertClose(p["W2"], zeros(1, 2), atol: 0, "W2")
        assertClose(p["b2"], zeros(1, 1), atol: 0, "b2")
    }

    func testLargeRandom() {
        let p = initializeParametersRandom([3, 2, 1])
        assertClose(p["W1"], matrix([[17.88628473, 4.36509851, 0.96497468], [-18.63492703, -2.77388203, -3.54758979]]), atol: 1e-7, "W1")
        assertClose(p["W2"], matrix([[-0.82741481, -6.27000677]]), atol: 1e-7, "W2")
        assertClose(p["b1"], zeros(2, 1), atol: 0, "b1")
        assertClose(p["b2"], zeros(1, 1), atol: 0, "b2")
    }

    func testHe() {
        var p = initializeParametersHe([3, 1, 2])
        assertClose(p["W1"], matrix([[1.46040903, 0.3564088, 0.07878985]]), atol: 1e-8, "W1")
        assertClose(p["b1"], matrix([[0]]), atol: 0, "b1")
        assertClose(p["W2"], matrix([[-2.63537665], [-0.39228616]]), atol: 1e-8, "W2")
        assertClose(p["b2"], zeros(2, 1), atol: 0, "b2")
        p = initializeParametersHe([2, 4, 1])
        assertClose(p["W1"], matrix([[1.78862847, 0.43650985], [0.09649747, -1.8634927], [-0.2773882, -0.35475898], [-0.08274148, -0.62700068]]),
                    atol: 1e-8, "W1")
        assertClose(p["W2"], matrix([[-0.03098412, -0.33744411, -0.92904268, 0.62552248]]), atol: 1e-8, "W2")
    }

    // Not in the course's tests; expected values from numpy: seed(3), randn(n, n_prev) * sqrt(1 / n_prev).
    func testXavier() {
        let p = initializeParametersXavier([2, 4, 1])
        assertClose(p["W1"], matrix([[1.2647513225859208, 0.3086590753517539], [0.06823401404104966, -1.317688327240683],
                                     [-0.1961430790190789, -0.25085247992791837], [-0.05850706264166846, -0.44335643039069744]]),
                    atol: 1e-12, "W1")
        assertClose(p["W2"], matrix([[-0.02190908448796412, -0.23860901517975133, -0.6569323766813411, 0.4423111902497923]]),
                    atol: 1e-12, "W2")
    }
}

final class CourseC2W1RegularizationTests: XCTestCase {
    func testComputeCostWithRegularization() {
        seed(1)
        let Y = matrix([[1, 1, 0, 1, 0]])
        let parameters: Parameters = ["W1": randn(2, 3), "b1": randn(2, 1), "W2": randn(3, 2), "b2": randn(3, 1),
                                      "W3": randn(1, 3), "b3": randn(1, 1)]
        let A3 = matrix([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
        XCTAssertEqual(computeCostWithRegularization(A3, Y, parameters, 0.1), 1.7864859451590758, accuracy: 1e-12)
    }

    func testBackwardPropagationWithRegularization() {
        seed(1)
        let X = randn(3, 5)
        let Y = matrix([[1, 1, 0, 1, 0]])
        let grads = backwardPropagationWithRegularization(X, Y, regularizationCache(), 0.7)
        assertClose(grads["dZ3"], matrix([[-0.59317598, -0.98370716, 0.16722898, -0.89881889, 0.40682402]]), "dZ3")
        assertClose(grads["dW3"], matrix([[-1.77691347, -0.11832879, -0.09397446]]), "dW3")
        assertClose(grads["db3"], matrix([[-0.38032981]]), "db3")
        assertClose(grads["dA2"], matrix([[0.40761434, 0.67597671, -0.11491519, 0.6176438, -0.27955836],
                                          [0.50135568, 0.83143484, -0.14134288, 0.7596868, -0.34384996],
                                          [0.39816708, 0.66030962, -0.11225181, 0.6033287, -0.27307905]]), "dA2")
        assertClose(grads["dZ2"], matrix([[0.40761434, 0.67597671, -0.11491519, 0.6176438, -0.27955836], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]), "dZ2")
        assertClose(grads["dW2"], matrix([[0.79276486, 0.85133918], [-0.0957219, -0.01720463], [-0.13100772, -0.03750433]]), "dW2")
        assertClose(grads["db2"], matrix([[0.26135226], [0], [0]]), "db2")
        assertClose(grads["dA1"], matrix([[0.2048239, 0.33967447, -0.05774423, 0.31036252, -0.14047649],
                                          [0.3672018, 0.60895764, -0.10352203, 0.5564081, -0.25184181]]), "dA1")
        assertClose(grads["dZ1"], matrix([[0, 0.33967447, -0.05774423, 0.31036252, 0], [0, 0.60895764, -0.10352203, 0.5564081, 0]]), "dZ1")
        assertClose(grads["dW1"], matrix([[-0.25604646, 0.12298827, -0.28297129], [-0.17706303, 0.34536094, -0.4410571]]), "dW1")
        assertClose(grads["db1"], matrix([[0.11845855], [0.21236874]]), "db1")
    }

    func testForwardPropagationWithDropout() {
        let (X, parameters) = dropoutInputs()
        let (A3, cache) = forwardPropagationWithDropout(X, parameters, keepProb: 0.7)
        assertClose(A3, matrix([[0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721]]), "A3")
        assertClose(cache["A3"], A3, atol: 0, "cache A3")
        assertClose(cache["Z1"], regularizationCache()["Z1"]!, "Z1")
        assertClose(cache["D1"], matrix([[1, 0, 1, 1, 1], [1, 1, 1, 1, 1]]), atol: 0, "D1")
        assertClose(cache["A1"], matrix([[0, 0, 3.05706487, 3.72429505, 0], [0, 5.94299915, 1.1293003, 2.09276446, 0]]), "A1")
        assertClose(cache["Z2"], matrix([[0.53035547, 5.88414161, 3.08385015, 4.28707196, 0.53035547],
                                         [-0.69166075, -1.42199726, -2.92064114, -3.49524533, -0.69166075],
                                         [-0.39675353, -1.98881216, -3.55998747, -4.44246165, -0.39675353]]), "Z2")
        assertClose(cache["D2"], matrix([[1, 1, 1, 0, 1], [1, 1, 1, 1, 1], [0, 0, 1, 1, 0]]), atol: 0, "D2")
        assertClose(cache["A2"], matrix([[0.75765067, 8.40591658, 4.40550021, 0, 0.75765067], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]), "A2")
        assertClose(cache["Z3"], matrix([[-0.53330145, -5.78898099, -3.04000407, -0.0126646, -0.53330145]]), "Z3")
        assertClose(cache["W3"], parameters["W3"]!, atol: 0, "W3")
    }

    func testBackwardPropagationWithDropout() {
        seed(1)
        let X = randn(3, 5)
        let Y = matrix([[1, 1, 0, 1, 0]])
        var cache = regularizationCache()
        cache["D1"] = matrix([[1, 0, 1, 1, 1], [1, 1, 1, 1, 0]])
        cache["A1"] = matrix([[0, 0, 4.27989081, 5.21401307, 0], [0, 8.32019881, 1.58102041, 2.92987024, 0]])
        cache["Z2"] = matrix([[0.53035547, 8.02565606, 4.10524802, 5.78975856, 0.53035547],
                              [-0.69166075, -1.71413186, -3.81223329, -4.61667916, -0.69166075],
                              [-0.39675353, -2.62563561, -4.82528105, -6.0607449, -0.39675353]])
        cache["D2"] = matrix([[1, 0, 1, 0, 1], [0, 1, 0, 1, 1], [0, 0, 1, 0, 0]])
        cache["A2"] = matrix([[1.06071093, 0, 8.21049603, 0, 1.06071093], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])
        cache["Z3"] = matrix([[-0.7415562, -0.0126646, -5.65469333, -0.0126646, -0.7415562]])
        cache["A3"] = matrix([[0.32266394, 0.49683389, 0.00348883, 0.49683389, 0.32266394]])
        let grads = backwardPropagationWithDropout(X, Y, cache, 0.8)
        assertClose(grads["dZ3"], matrix([[-0.67733606, -0.50316611, 0.00348883, -0.50316611, 0.32266394]]), "dZ3")
        assertClose(grads["dW3"], matrix([[-0.06951191, 0, 0]]), "dW3")
        assertClose(grads["db3"], matrix([[-0.2715031]]), "db3")
        assertClose(grads["dA2"], matrix([[0.58180856, 0, -0.00299679, 0, -0.27715731], [0, 0.53159854, 0, 0.53159854, -0.34089673],
                                          [0, 0, -0.00292733, 0, 0]]), "dA2")
        assertClose(grads["dZ2"], matrix([[0.58180856, 0, -0.00299679, 0, -0.27715731], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]), "dZ2")
        assertClose(grads["dW2"], matrix([[-0.00256518, -0.0009476], [0, 0], [0, 0]]), "dW2")
        assertClose(grads["db2"], matrix([[0.06033089], [0], [0]]), "db2")
        assertClose(grads["dA1"], matrix([[0.36544439, 0, -0.00188233, 0, -0.17408748], [0.65515713, 0, -0.00337459, 0, 0]]), "dA1")
        assertClose(grads["dZ1"], matrix([[0, 0, -0.00188233, 0, 0], [0, 0, -0.00337459, 0, 0]]), "dZ1")
        assertClose(grads["dW1"], matrix([[0.00019884, 0.00028657, 0.00012138], [0.00035647, 0.00051375, 0.00021761]]), "dW1")
        assertClose(grads["db1"], matrix([[-0.00037647], [-0.00067492]]), "db1")
    }
}

final class CourseC2W1GradientCheckingTests: XCTestCase {
    func testOneDimensional() {
        XCTAssertEqual(forwardPropagation(2, 4), 8)
        XCTAssertEqual(backwardPropagation(3, 4), 3)
        XCTAssertEqual(gradientCheck(3, 4), 7.814075313343006e-11, accuracy: 1e-20)
    }

    private func checkInputs() -> (X: Tensor, Y: Tensor, parameters: Parameters) {
        seed(1)
        let X = randn(4, 3)
        let Y = matrix([[1, 1, 0]])
        let parameters: Parameters = ["W1": randn(5, 4), "b1": randn(5, 1), "W2": randn(3, 5), "b2": randn(3, 1),
                                      "W3": randn(1, 3), "b3": randn(1, 1)]
        return (X, Y, parameters)
    }

    func testVectorRoundTrip() {
        let (_, _, parameters) = checkInputs()
        let (theta, keys) = dictionaryToVector(parameters)
        XCTAssertEqual(theta.shape, [47, 1])
        XCTAssertEqual(keys.count, 47)
        XCTAssertEqual(keys[0], "W1")
        XCTAssertEqual(keys[20], "b1")
        XCTAssertEqual(keys[46], "b3")
        let back = vectorToDictionary(theta, like: parameters)
        for (key, value) in parameters { assertClose(back[key], value, atol: 0, key) }
    }

    func testGradientCheckN() {
        let (X, Y, parameters) = checkInputs()
        let (cost, cache) = forwardPropagationN(X, Y, parameters)
        XCTAssertEqual(cost, 2.407833389834357, accuracy: 1e-12)  // numpy
        let gradients = backwardPropagationN(X, Y, cache)
        // The course's accepted value for the fixed backprop is 1.1890913024229996e-07; at ε = 1e-7 the
        // estimate's rounding noise is of that size, so the last digits depend on summation order.
        let difference = gradientCheckN(parameters, gradients, X, Y, epsilon: 1e-7)
        XCTAssertLessThan(difference, 2e-7)
        XCTAssertEqual(difference, 1.1890913024229996e-07, accuracy: 2e-8)

        // The notebook's buggy backprop (dW2 doubled, db1 with 4/m) gives 0.2850931567761623.
        var buggy = gradients
        buggy["dW2"] = gradients["dW2"]! * 2
        buggy["db1"] = gradients["db1"]! * 4
        XCTAssertEqual(gradientCheckN(parameters, buggy, X, Y), 0.2850931567761623, accuracy: 1e-9)
    }
}

final class CourseC2W2OptimizationTests: XCTestCase {
    func testUpdateParametersWithGd() {
        let (parameters, grads) = optimizationInputs()
        let p = updateParametersWithGd(parameters, grads, learningRate: 0.01)
        assertClose(p["W1"], matrix([[1.63312395, -0.61217855, -0.5339999], [-1.06196243, 0.85396039, -2.3105546]]), "W1")
        assertClose(p["b1"], matrix([[1.73978682], [-0.77021546]]), "b1")
        assertClose(p["W2"], matrix([[0.32587637, -0.24814147], [1.47146563, -2.05746183], [-0.32772076, -0.37713775]]), "W2")
        assertClose(p["b2"], matrix([[1.13773698], [-1.09301954], [-0.16397615]]), "b2")
    }

    func testRandomMiniBatchesPublicTest() {
        seed(1)
        let X = randn(5, 7)
        let Y = randn(1, 7) .< 0.5
        let batches = randomMiniBatches(X, Y, miniBatchSize: 2)
        XCTAssertEqual(batches.count, 4)
        let expectedX = [
            matrix([[1.74481176, -0.52817175], [-0.38405435, -0.24937038], [-1.10061918, -0.17242821], [-0.93576943, 0.50249434], [-0.67124613, -0.69166075]]),
            matrix([[-0.61175641, -1.07296862], [0.3190391, 1.46210794], [-1.09989127, -0.87785842], [0.90159072, 0.90085595], [0.53035547, -0.39675353]]),
            matrix([[1.62434536, -2.3015387], [-0.7612069, -0.3224172], [1.13376944, 0.58281521], [1.14472371, -0.12289023], [-0.26788808, -0.84520564]]),
            matrix([[0.86540763], [-2.06014071], [0.04221375], [-0.68372786], [-0.6871727]]),
        ]
        let expectedY = [matrix([[1, 1]]), matrix([[1, 0]]), matrix([[1, 1]]), matrix([[0]])]
        for (i, batch) in batches.enumerated() {
            assertClose(batch.X, expectedX[i], atol: 1e-8, "X of batch \(i)")
            assertClose(batch.Y, expectedY[i], atol: 0, "Y of batch \(i)")
        }
    }

    func testRandomMiniBatchesNotebookCell() {
        seed(1)
        let X = randn(12288, 148)
        let Y = randn(1, 148) .< 0.5
        let batches = randomMiniBatches(X, Y, miniBatchSize: 64)
        XCTAssertEqual(batches.map(\.X.shape), [[12288, 64], [12288, 64], [12288, 20]])
        XCTAssertEqual(batches.map(\.Y.shape), [[1, 64], [1, 64], [1, 20]])
        assertClose(Array(batches[0].X.scalars[0..<3]), [0.90085595, -0.7612069, 0.2344157], atol: 1e-8, "first values")
    }

    func testInitializeVelocity() {
        seed(1)
        let parameters: Parameters = ["W1": randn(3, 2), "b1": randn(3, 1), "W2": randn(3, 3), "b2": randn(3, 1)]
        let v = initializeVelocity(parameters)
        XCTAssertEqual(Set(v.keys), ["dW1", "db1", "dW2", "db2"])
        assertClose(v["dW1"], zeros(3, 2), atol: 0, "dW1")
        assertClose(v["db1"], zeros(3, 1), atol: 0, "db1")
        assertClose(v["dW2"], zeros(3, 3), atol: 0, "dW2")
        assertClose(v["db2"], zeros(3, 1), atol: 0, "db2")
    }

    func testUpdateParametersWithMomentum() {
        let (parameters, grads) = optimizationInputs()
        let (p, v) = updateParametersWithMomentum(parameters, grads, initializeVelocity(parameters), beta: 0.9, learningRate: 0.01)
        assertClose(p["W1"], matrix([[1.62522322, -0.61179863, -0.52875457], [-1.071868, 0.86426291, -2.30244029]]), "W1")
        assertClose(p["b1"], matrix([[1.74430927], [-0.76210776]]), "b1")
        assertClose(p["W2"], matrix([[0.31972282, -0.24924749], [1.46304371, -2.05987282], [-0.32294756, -0.38336269]]), "W2")
        assertClose(p["b2"], matrix([[1.1341662], [-1.09920409], [-0.171583]]), "b2")
        assertClose(v["dW1"], matrix([[-0.08778584, 0.00422137, 0.05828152], [-0.11006192, 0.11447237, 0.09015907]]), "v dW1")
        assertClose(v["dW2"], matrix([[-0.06837279, -0.01228902], [-0.09357694, -0.02678881], [0.05303555, -0.06916608]]), "v dW2")
        assertClose(v["db1"], matrix([[0.05024943], [0.09008559]]), "v db1")
        assertClose(v["db2"], matrix([[-0.03967535], [-0.06871727], [-0.08452056]]), "v db2")
    }

    func testInitializeAdam() {
        let (parameters, _) = optimizationInputs()
        let (v, s) = initializeAdam(parameters)
        for state in [v, s] {
            assertClose(state["dW1"], zeros(2, 3), atol: 0, "dW1")
            assertClose(state["db1"], zeros(2, 1), atol: 0, "db1")
            assertClose(state["dW2"], zeros(3, 2), atol: 0, "dW2")
            assertClose(state["db2"], zeros(3, 1), atol: 0, "db2")
        }
    }

    func testUpdateParametersWithAdam() {
        let (parameters, grads) = optimizationInputs()
        let (v0, s0) = initializeAdam(parameters)
        let t = 2, beta1 = 0.8, beta2 = 0.888
        let (p, v, s, vc, sc) = updateParametersWithAdam(parameters, grads, v0, s0, t: t, learningRate: 0.02,
                                                         beta1: beta1, beta2: beta2, epsilon: 1e-2)
        let c1 = 1 / (1 - beta1 * beta1), c2 = 1 / (1 - beta2 * beta2)
        // The course checks the first row of every entry.
        func firstRow(_ t: Tensor?) -> [Double] { Array(t!.scalars[0..<t!.shape[1]]) }
        let expectedV: [String: [Double]] = ["dW1": [-0.17557168, 0.00844275, 0.11656304], "dW2": [-0.13674557, -0.02457805],
                                             "db1": [0.10049887], "db2": [-0.07935071]]
        let expectedS: [String: [Double]] = ["dW1": [0.08631117, 0.00019958, 0.03804344], "dW2": [0.05235818, 0.00169142],
                                             "db1": [0.02828006], "db2": [0.0176303]]
        let expectedP: [String: [Double]] = ["W1": [1.63937725, -0.62327448, -0.54308727], "W2": [0.33400549, -0.23563857],
                                             "b1": [1.72995096], "b2": [1.14852557]]
        for (key, value) in expectedV {
            assertClose(firstRow(v[key]), value, atol: 1e-8, "v \(key)")
            assertClose(firstRow(vc[key]), value.map { $0 * c1 }, atol: 1e-7, "vCorrected \(key)")
            XCTAssertEqual(v[key]!.shape, v0[key]!.shape)
        }
        for (key, value) in expectedS {
            assertClose(firstRow(s[key]), value, atol: 1e-8, "s \(key)")
            assertClose(firstRow(sc[key]), value.map { $0 * c2 }, atol: 1e-7, "sCorrected \(key)")
        }
        for (key, value) in expectedP {
            assertClose(firstRow(p[key]), value, atol: 1e-8, key)
            XCTAssertEqual(p[key]!.shape, parameters[key]!.shape)
        }
    }

    func testLearningRateDecay() {
        XCTAssertEqual(updateLr(0.5, 2, 1), 0.16666666666666666, accuracy: 1e-15)
        XCTAssertEqual(scheduleLrDecay(0.5, 100, 1, timeInterval: 100), 0.25, accuracy: 1e-15)
        XCTAssertEqual(scheduleLrDecay(0.5, 10, 1, timeInterval: 100), 0.5, accuracy: 1e-15)
        XCTAssertEqual(scheduleLrDecay(0.3, 1000, 0.25, timeInterval: 100), 0.085714285, accuracy: 1e-8)
        XCTAssertEqual(scheduleLrDecay(0.3, 100, 0.25, timeInterval: 100), 0.24, accuracy: 1e-15)
        XCTAssertEqual(scheduleLrDecay(0.5, 10, 0.3, timeInterval: 100), 0.5, accuracy: 1e-15)
        XCTAssertEqual(scheduleLrDecay(0.5, 100, 0.3, timeInterval: 100), 0.3846153846153846, accuracy: 1e-15)
    }
}
