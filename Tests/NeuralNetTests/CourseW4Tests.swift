// C1 W4A1 (deep network step by step) and C1 W4A2 (application): the course's public tests
// (course-spec §5.2, §6.2, Appendix A).

import XCTest
@testable import NeuralNet

final class CourseW4A1Tests: XCTestCase {
    func testInitializeParametersSeed1() {
        var p = initializeParameters(3, 2, 1, seed: 1)
        assertClose(p["W1"], matrix([[0.01624345, -0.00611756, -0.00528172], [-0.01072969, 0.00865408, -0.02301539]]), atol: 1e-8, "W1")
        assertClose(p["b1"], zeros(2, 1), atol: 0, "b1")
        assertClose(p["W2"], matrix([[0.01744812, -0.00761207]]), atol: 1e-8, "W2")
        assertClose(p["b2"], zeros(1, 1), atol: 0, "b2")

        p = initializeParameters(4, 3, 2, seed: 1)
        assertClose(p["W1"], matrix([[0.01624345, -0.00611756, -0.00528172, -0.01072969],
                                     [0.00865408, -0.02301539, 0.01744812, -0.00761207],
                                     [0.00319039, -0.0024937, 0.01462108, -0.02060141]]), atol: 1e-8, "W1")
        assertClose(p["W2"], matrix([[-0.00322417, -0.00384054, 0.01133769], [-0.01099891, -0.00172428, -0.00877858]]), atol: 1e-8, "W2")
        assertClose(p["b1"], zeros(3, 1), atol: 0, "b1")
        assertClose(p["b2"], zeros(2, 1), atol: 0, "b2")
    }

    func testInitializeParametersDeep() {
        var p = initializeParametersDeep([5, 4, 3])
        XCTAssertEqual(p.count, 4)
        assertClose(p["W1"], matrix([[0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388],
                                     [-0.00354759, -0.00082741, -0.00627001, -0.00043818, -0.00477218],
                                     [-0.01313865, 0.00884622, 0.00881318, 0.01709573, 0.00050034],
                                     [-0.00404677, -0.0054536, -0.01546477, 0.00982367, -0.01101068]]), atol: 1e-8, "W1")
        assertClose(p["b1"], zeros(4, 1), atol: 0, "b1")
        assertClose(p["W2"], matrix([[-0.01185047, -0.0020565, 0.01486148, 0.00236716],
                                     [-0.01023785, -0.00712993, 0.00625245, -0.00160513],
                                     [-0.00768836, -0.00230031, 0.00745056, 0.01976111]]), atol: 1e-8, "W2")
        assertClose(p["b2"], zeros(3, 1), atol: 0, "b2")

        p = initializeParametersDeep([4, 3, 2])
        assertClose(p["W1"], matrix([[0.01788628, 0.0043651, 0.00096497, -0.01863493],
                                     [-0.00277388, -0.00354759, -0.00082741, -0.00627001],
                                     [-0.00043818, -0.00477218, -0.01313865, 0.00884622]]), atol: 1e-8, "W1")
        assertClose(p["W2"], matrix([[0.00881318, 0.01709573, 0.00050034], [-0.00404677, -0.0054536, -0.01546477]]), atol: 1e-8, "W2")
    }

    func testLinearForward() {
        seed(1)
        let A = randn(3, 2), W = randn(1, 3), b = randn(1, 1)
        let (Z, cache) = linearForward(A, W, b)
        assertClose(Z, matrix([[3.26295337, -1.23429987]]), "Z")
        assertClose(cache.A, A, atol: 0, "cache.A")
        assertClose(cache.W, W, atol: 0, "cache.W")
        assertClose(cache.b, b, atol: 0, "cache.b")
    }

    func testLinearActivationForward() {
        seed(2)
        let APrev = randn(3, 2), W = randn(1, 3), b = randn(1, 1)
        let (AS, cacheS) = linearActivationForward(APrev, W, b, activation: "sigmoid")
        assertClose(AS, matrix([[0.96890023, 0.11013289]]), "sigmoid A")
        assertClose(cacheS.activation.Z, matrix([[3.43896131, -2.08938436]]), "Z")
        assertClose(cacheS.linear.A, APrev, atol: 0, "A_prev")
        let (AR, cacheR) = linearActivationForward(APrev, W, b, activation: .relu)
        assertClose(AR, matrix([[3.43896131, 0]]), "relu A")
        assertClose(cacheR.activation.Z, matrix([[3.43896131, -2.08938436]]), "Z")
    }

    func testLModelForward() {
        seed(6)
        let X = randn(5, 4)
        let parameters: Parameters = ["W1": randn(4, 5), "b1": randn(4, 1), "W2": randn(3, 4), "b2": randn(3, 1),
                                      "W3": randn(1, 3), "b3": randn(1, 1)]
        let (AL, caches) = LModelForward(X, parameters)
        assertClose(AL, matrix([[0.03921668, 0.70498921, 0.19734387, 0.04728177]]), "AL")
        XCTAssertEqual(caches.count, 3)
        let Z1 = matrix([[-5.23825714, 3.18040136, 0.4074501, -1.88612721], [-2.77358234, -0.56177316, 3.18141623, -0.99209432],
                         [4.18500916, -1.78006909, -0.14502619, 2.72141638], [5.05850802, -1.25674082, -3.54566654, 3.82321852]])
        let Z2 = matrix([[2.2644603, 1.09971298, -2.90298027, 1.54036335], [6.33722569, -2.38116246, -4.11228806, 4.48582383],
                         [10.37508342, -0.66591468, 1.63635185, 8.17870169]])
        assertClose(caches[0].activation.Z, Z1, "Z1")
        assertClose(caches[1].linear.A, relu(Z1), "A1")
        assertClose(caches[1].activation.Z, Z2, "Z2")
        assertClose(caches[2].linear.A, relu(Z2), "A2")
        assertClose(caches[2].activation.Z, matrix([[-3.19864676, 0.87117055, -1.40297864, -3.00319435]]), "Z3")
        assertClose(caches[0].linear.A, X, atol: 0, "X")
    }

    func testComputeCost() {
        XCTAssertEqual(computeCost(matrix([[0.8, 0.9, 0.4]]), matrix([[1, 1, 0]])), 0.2797765635793423, accuracy: 1e-12)
    }

    func testLinearBackward() {
        seed(1)
        let dZ = randn(3, 4), A = randn(5, 4), W = randn(3, 5), b = randn(3, 1)
        let (dAPrev, dW, db) = linearBackward(dZ, LinearCache(A: A, W: W, b: b))
        assertClose(dAPrev, matrix([[-1.15171336, 0.06718465, -0.3204696, 2.09812712], [0.60345879, -3.72508701, 5.81700741, -3.84326836],
                                    [-0.4319552, -1.30987417, 1.72354705, 0.05070578], [-0.38981415, 0.60811244, -1.25938424, 1.47191593],
                                    [-2.52214926, 2.67882552, -0.67947465, 1.48119548]]), "dA_prev")
        assertClose(dW, matrix([[0.07313866, -0.0976715, -0.87585828, 0.73763362, 0.00785716],
                                [0.85508818, 0.37530413, -0.59912655, 0.71278189, -0.58931808],
                                [0.97913304, -0.24376494, -0.08839671, 0.55151192, -0.10290907]]), "dW")
        assertClose(db, matrix([[-0.14713786], [-0.11313155], [-0.13209101]]), "db")
    }

    func testLinearActivationBackward() {
        seed(2)
        let dA = randn(1, 2), A = randn(3, 2), W = randn(1, 3), b = randn(1, 1), Z = randn(1, 2)
        let cache: LayerCache = (LinearCache(A: A, W: W, b: b), ActivationCache(Z: Z))
        var (dAPrev, dW, db) = linearActivationBackward(dA, cache, activation: "sigmoid")
        assertClose(dAPrev, matrix([[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]]), "sigmoid dA_prev")
        assertClose(dW, matrix([[0.10266786, 0.09778551, -0.01968084]]), "sigmoid dW")
        assertClose(db, matrix([[-0.05729622]]), "sigmoid db")
        (dAPrev, dW, db) = linearActivationBackward(dA, cache, activation: "relu")
        assertClose(dAPrev, matrix([[0.44090989, 0], [0.37883606, 0], [-0.2298228, 0]]), "relu dA_prev")
        assertClose(dW, matrix([[0.44513824, 0.37371418, -0.10478989]]), "relu dW")
        assertClose(db, matrix([[-0.20837892]]), "relu db")
    }

    func testLModelBackward() {
        seed(3)
        let AL = randn(1, 2)
        let Y = matrix([[1, 0]])
        let A1 = randn(4, 2), W1 = randn(3, 4), b1 = randn(3, 1), Z1 = randn(3, 2)
        let A2 = randn(3, 2), W2 = randn(1, 3), b2 = randn(1, 1), Z2 = randn(1, 2)
        let caches: [LayerCache] = [(LinearCache(A: A1, W: W1, b: b1), ActivationCache(Z: Z1)),
                                    (LinearCache(A: A2, W: W2, b: b2), ActivationCache(Z: Z2))]
        let grads = LModelBackward(AL, Y, caches)
        assertClose(grads["dA1"], matrix([[0.12913162, -0.44014127], [-0.14175655, 0.48317296], [0.01663708, -0.05670698]]), "dA1")
        assertClose(grads["dW2"], matrix([[-0.39202432, -0.13325855, -0.04601089]]), "dW2")
        assertClose(grads["db2"], matrix([[0.15187861]]), "db2")
        assertClose(grads["dA0"], matrix([[0, 0.52257901], [0, -0.3269206], [0, -0.32070404], [0, -0.74079187]]), "dA0")
        assertClose(grads["dW1"], matrix([[0.41010002, 0.07807203, 0.13798444, 0.10502167], [0, 0, 0, 0],
                                          [0.05283652, 0.01005865, 0.01777766, 0.0135308]]), "dW1")
        assertClose(grads["db1"], matrix([[-0.22007063], [0], [-0.02835349]]), "db1")
    }

    func testUpdateParameters() {
        seed(2)
        let parameters: Parameters = ["W1": randn(3, 4), "b1": randn(3, 1), "W2": randn(1, 3), "b2": randn(1, 1)]
        seed(3)
        let grads: Gradients = ["dW1": randn(3, 4), "db1": randn(3, 1), "dW2": randn(1, 3), "db2": randn(1, 1)]
        let p = updateParameters(parameters, grads, learningRate: 0.1)
        assertClose(p["W1"], matrix([[-0.59562069, -0.09991781, -2.14584584, 1.82662008], [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
                                     [-1.0535704, -0.86128581, 0.68284052, 2.20374577]]), "W1")
        assertClose(p["b1"], matrix([[-0.04659241], [-1.28888275], [0.53405496]]), "b1")
        assertClose(p["W2"], matrix([[-0.55569196, 0.0354055, 1.32964895]]), "W2")
        assertClose(p["b2"], matrix([[-0.84610769]]), "b2")
        // The input dictionary is left alone (the course deep-copies).
        assertClose(parameters["b2"]!.scalars, [-0.74787095], atol: 1e-8, "input b2")
    }
}

final class CourseW4A2Tests: XCTestCase {
    /// predict(X, y, parameters) on the L_model_forward test inputs: AL = [0.039, 0.705, 0.197, 0.047].
    func testPredictWithAccuracy() {
        seed(6)
        let X = randn(5, 4)
        let parameters: Parameters = ["W1": randn(4, 5), "b1": randn(4, 1), "W2": randn(3, 4), "b2": randn(3, 1),
                                      "W3": randn(1, 3), "b3": randn(1, 1)]
        let p = predict(X, matrix([[0, 1, 1, 0]]), parameters)
        assertClose(p, matrix([[0, 1, 0, 0]]), atol: 0)
    }

    func testTwoLayerModel() {
        seed(1)
        let X = randn(10, 10)
        let Y = randn(1, 10)
        var (p, costs) = CourseReference.twoLayerModel(X, Y, layersDims: (10, 4, 1), learningRate: 0.0075, numIterations: 2)
        XCTAssertEqual(costs.count, 1)
        XCTAssertEqual(costs[0], 0.69315968, accuracy: 1e-8)
        assertClose(p["W1"], matrix([
            [0.01624965, -0.00610741, -0.00528734, -0.01072836, 0.008664, -0.02301103, 0.01745639, -0.00760949, 0.0031934, -0.00248971],
            [0.01462848, -0.02057904, -0.00326745, -0.00383625, 0.01138176, -0.01097596, -0.00171974, -0.00877601, 0.00043022, 0.00584423],
            [-0.01098272, 0.01148209, 0.00902102, 0.00500958, 0.00900571, -0.00683188, -0.00123491, -0.00937164, -0.00267157, 0.00532808],
            [-0.00693465, -0.00400047, -0.00684685, -0.00844447, -0.00670397, -0.00014731, -0.01113977, 0.00238846, 0.0165895, 0.00738212],
        ]), atol: 1e-8, "W1")
        assertClose(p["b1"], matrix([[1.10437111e-05], [1.78437869e-05], [3.74879549e-05], [-4.42988824e-05]]), atol: 1e-12, "b1")
        assertClose(p["W2"], matrix([[-0.00200283, -0.00888593, -0.00751122, 0.01688162]]), atol: 1e-8, "W2")
        assertClose(p["b2"], matrix([[-0.00689018]]), atol: 1e-8, "b2")

        (p, costs) = CourseReference.twoLayerModel(X, Y, layersDims: (10, 4, 1), learningRate: 0.1, numIterations: 3)
        assertClose(costs, [0.69315968], atol: 1e-8, "costs")
        assertClose(p["W1"], matrix([
            [0.01640028, -0.00585699, -0.00542633, -0.01069332, 0.0089055, -0.02290418, 0.01765388, -0.00754616, 0.00326712, -0.00239159],
            [0.01476737, -0.02014461, -0.0040947, -0.0037457, 0.01221714, -0.01054049, -0.00164111, -0.00872507, 0.00058592, 0.00615077],
            [-0.01051621, 0.01216499, 0.009119, 0.0047126, 0.00894761, -0.00672568, -0.00134921, -0.0096428, -0.00253223, 0.00580758],
            [-0.00728552, -0.00461461, -0.00638113, -0.00831084, -0.00654136, -0.00053186, -0.01052771, 0.00320719, 0.01643914, 0.00667123],
        ]), atol: 1e-8, "W1")
        assertClose(p["b1"], matrix([[0.00027478], [0.00034477], [0.00076016], [-0.00084497]]), atol: 1e-8, "b1")
        assertClose(p["W2"], matrix([[-0.00358725, -0.00911995, -0.00831979, 0.01615845]]), atol: 1e-8, "W2")
        assertClose(p["b2"], matrix([[-0.13451354]]), atol: 1e-8, "b2")
    }

    func testLLayerModel() {
        seed(1)
        let X = randn(10, 10)
        let Y = matrix([[1, 1, 1, 1, 0, 0, 0, 1, 1, 0]])
        var (p, costs) = CourseReference.LLayerModel(X, Y, layersDims: [10, 5, 6, 1], learningRate: 0.0075, numIterations: 2)
        assertClose(costs, [0.70723944], atol: 1e-8, "costs")
        assertClose(p["W1"], matrix([
            [0.51384638, -0.19333098, -0.16705238, -0.33923196, 0.273477, -0.72775498, 0.55170785, -0.24077478, 0.10082452, -0.07882423],
            [0.46227786, -0.65153639, -0.10192959, -0.12150984, 0.35855025, -0.34787253, -0.05455001, -0.27767163, 0.01337835, 0.1843845],
            [-0.34790478, 0.36200264, 0.28511245, 0.15868454, 0.284931, -0.21645471, -0.03877896, -0.29584578, -0.08480802, 0.16760667],
            [-0.21835973, -0.12531366, -0.21720823, -0.26764975, -0.21214946, -0.00438229, -0.35316347, 0.07432144, 0.52474685, 0.23453653],
            [-0.06060968, -0.28061463, -0.23624839, 0.53526844, 0.01597194, -0.20136496, 0.06021639, 0.66414167, 0.03804666, 0.19528599],
        ]), "W1")
        assertClose(p["b1"], matrix([[-2.16491028e-04], [1.50999130e-04], [8.71516045e-06], [5.57557615e-05], [-2.90746349e-05]]), atol: 1e-12, "b1")
        assertClose(p["W2"], matrix([
            [0.13428358, -0.15747685, -0.51095667, -0.15624083, -0.09342034], [0.26226685, 0.3751336, 0.41644174, 0.12779375, 0.39573817],
            [-0.33726917, 0.56041154, 0.22939257, -0.1333337, 0.21851314], [-0.03377599, 0.50617255, 0.67960046, 0.97726521, -0.62458844],
            [-0.64581803, -0.22559264, 0.0715349, 0.39173682, 0.14112904], [-0.9043503, -0.13693179, 0.37026002, 0.10284282, 0.34076545],
        ]), "W2")
        assertClose(p["b2"], matrix([[1.80215514e-07], [-1.07935097e-04], [1.63081605e-04], [-3.51202008e-05], [-7.40012619e-05],
                                     [-4.43814901e-05]]), atol: 1e-12, "b2")
        assertClose(p["W3"], matrix([[-0.09079199, -0.08117381, 0.07667568, 0.16665535, 0.08029575, 0.04805811]]), "W3")
        assertClose(p["b3"], matrix([[0.0013201]]), "b3")

        (p, costs) = CourseReference.LLayerModel(X, Y, layersDims: [10, 5, 6, 1], learningRate: 0.02, numIterations: 3)
        assertClose(costs, [0.70723944], atol: 1e-8, "costs")
        assertClose(p["W1"], matrix([
            [0.51439065, -0.19296367, -0.16714033, -0.33902173, 0.27291558, -0.72759069, 0.55155832, -0.24095201, 0.10063293, -0.07872596],
            [0.46203186, -0.65172685, -0.10184775, -0.12169458, 0.35861847, -0.34804029, -0.05461748, -0.27787524, 0.01346693, 0.18463095],
            [-0.34748255, 0.36202977, 0.28512463, 0.1580327, 0.28509518, -0.21717447, -0.03853304, -0.29563725, -0.08509025, 0.16728901],
            [-0.21727997, -0.12486465, -0.21692552, -0.26875722, -0.21180188, -0.00550575, -0.35268367, 0.07489501, 0.52436384, 0.23418418],
            [-0.06045008, -0.28038304, -0.23617868, 0.53546925, 0.01569291, -0.20115358, 0.05975429, 0.66409149, 0.03819309, 0.1956102],
        ]), "W1")
        assertClose(p["b1"], matrix([[-8.61228305e-04], [6.08187689e-04], [3.53075377e-05], [2.21291877e-04], [-1.13591429e-04]]), atol: 1e-11, "b1")
        assertClose(p["W2"], matrix([
            [0.13441428, -0.15731437, -0.51097778, -0.15627102, -0.09342034], [0.2620349, 0.37492336, 0.4165605, 0.12801536, 0.39541677],
            [-0.33694339, 0.56075022, 0.22940292, -0.1334017, 0.21863717], [-0.03371679, 0.50644769, 0.67935577, 0.97680859, -0.62475679],
            [-0.64579072, -0.22555897, 0.07142896, 0.3914475, 0.14104814], [-0.90433399, -0.13691167, 0.37019673, 0.10266999, 0.34071712],
        ]), "W2")
        assertClose(p["b2"], matrix([[1.18811550e-06], [-4.25510194e-04], [6.56178455e-04], [-1.42335482e-04], [-2.93618626e-04],
                                     [-1.75573157e-04]]), atol: 1e-11, "b2")
        assertClose(p["W3"], matrix([[-0.09087434, -0.07882982, 0.07821609, 0.16442826, 0.0783229, 0.04648216]]), "W3")
        assertClose(p["b3"], matrix([[0.00525865]]), "b3")
    }
}
