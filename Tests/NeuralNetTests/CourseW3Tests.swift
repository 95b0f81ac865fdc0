// C1 W3A1 (planar data, one hidden layer): the course's public tests and notebook cells
// (course-spec §4.3, Appendix A).

import XCTest
@testable import NeuralNet

final class CourseW3A1Tests: XCTestCase {
    /// update_parameters_test's input parameters (also predict_test's).
    let updateInput: Parameters = [
        "W1": matrix([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545], [0.00935436, -0.05018221]]),
        "W2": matrix([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]),
        "b1": matrix([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]),
        "b2": matrix([[9.14954378e-05]]),
    ]

    /// forward_propagation_test's weights (also the notebook's backward_propagation_test_case).
    let forwardW1 = matrix([[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747], [0.00502881, -0.01245288]])
    let forwardW2 = matrix([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]])

    func testLayerSizes() {
        seed(1)
        var sizes = CourseReference.layerSizes(randn(5, 3), randn(2, 3))
        XCTAssertTrue(sizes == (5, 4, 2))
        sizes = CourseReference.layerSizes(randn(7, 5), randn(5, 5))
        XCTAssertTrue(sizes == (7, 4, 5))
    }

    func testInitializeParametersPublicTest() {
        seed(2)
        let p = initializeParameters(3, 5, 2)
        assertClose(p["W1"], matrix([[-0.00416758, -0.00056267, -0.02136196], [0.01640271, -0.01793436, -0.00841747],
                                     [0.00502881, -0.01245288, -0.01057952], [-0.00909008, 0.00551454, 0.02292208],
                                     [0.00041539, -0.01117925, 0.00539058]]), atol: 1e-8, "W1")
        assertClose(p["b1"], zeros(5, 1), atol: 0, "b1")
        assertClose(p["W2"], matrix([[-5.96159700e-03, -1.91304965e-04, 1.17500122e-02, -7.47870949e-03, 9.02525097e-05],
                                     [-8.78107893e-03, -1.56434170e-03, 2.56570452e-03, -9.88779049e-03, -3.38821966e-03]]),
                    atol: 1e-10, "W2")
        assertClose(p["b2"], zeros(2, 1), atol: 0, "b2")
    }

    func testInitializeParametersNotebookCell() {
        seed(2)
        let p = initializeParameters(2, 4, 1)
        assertClose(p["W1"], forwardW1, atol: 1e-8, "W1")
        assertClose(p["W2"], forwardW2, atol: 1e-8, "W2")
    }

    func testForwardPropagation() {
        seed(1)
        let X = randn(2, 3)
        let b1 = randn(4, 1)
        let parameters: Parameters = ["W1": forwardW1, "b1": b1, "W2": forwardW2, "b2": matrix([[-1.3]])]
        let (A2, cache) = CourseReference.forwardPropagation(X, parameters)
        assertClose(A2, matrix([[0.21292656, 0.21274673, 0.21295976]]), atol: 1e-8, "A2")
        assertClose(cache["Z1"], matrix([[1.7386459, 1.74687437, 1.74830797], [-0.81350569, -0.73394355, -0.78767559],
                                         [0.29893918, 0.32272601, 0.34788465], [-0.2278403, -0.2632236, -0.22336567]]), "Z1")
        assertClose(cache["A1"], matrix([[0.9400694, 0.94101876, 0.94118266], [-0.67151964, -0.62547205, -0.65709025],
                                         [0.29034152, 0.31196971, 0.33449821], [-0.22397799, -0.25730819, -0.2197236]]), "A1")
        assertClose(cache["Z2"], matrix([[-1.30737426, -1.30844761, -1.30717618]]), "Z2")
    }

    func testComputeCost() {
        seed(1)
        let Y = randn(1, 5) .> 0
        assertClose(Y, matrix([[1, 0, 0, 0, 1]]), atol: 0, "Y")
        let A2 = matrix([[0.5002307, 0.49985831, 0.50023963, 0.25, 0.7]])
        XCTAssertEqual(computeCost(A2, Y), 0.5447066599017815, accuracy: 1e-12)
        // Second public case: a 1-D A against (1, m) labels.
        XCTAssertEqual(computeCost(vector([0.7, 0.3, 0.8, 0.9, 0.9]), matrix([[1, 0, 1, 1, 1]])),
                       0.22944289410146546, accuracy: 1e-12)
    }

    func testComputeCostNotebookCell() {
        seed(1)
        let Y = randn(1, 3) .> 0
        XCTAssertEqual(computeCost(matrix([[0.5002307, 0.49985831, 0.50023963]]), Y), 0.6930587610394646, accuracy: 1e-12)
    }

    func testBackwardPropagationPublicTest() {
        seed(1)
        let X = randn(3, 7)
        let Y = randn(1, 7) .> 0
        let parameters: Parameters = ["W1": randn(9, 3), "W2": randn(1, 9), "b1": zeros(9, 1), "b2": matrix([[0]])]
        let cache: [String: Tensor] = ["A1": randn(9, 7), "A2": randn(1, 7), "Z1": randn(9, 7), "Z2": randn(1, 7)]
        let grads = CourseReference.backwardPropagation(parameters, cache, X, Y)
        assertClose(grads["dW1"], matrix([[-0.24468458, -0.24371232, 0.15959609], [0.7370069, -0.64785999, 0.23669823],
                                          [0.47936123, -0.01516428, 0.01566728], [0.03361075, -0.0930929, 0.05581073],
                                          [0.52445178, -0.03895358, 0.09180612], [-0.17043596, 0.13406378, -0.20952062],
                                          [0.76144791, -0.41766018, 0.02544078], [0.22164791, -0.33081645, 0.19526915],
                                          [0.25619969, -0.09561825, 0.05679075]]), "dW1")
        assertClose(grads["db1"], matrix([[0.1463639], [-0.33647992], [-0.51738006], [-0.07780329], [-0.57889514],
                                          [0.28357278], [-0.39756864], [-0.10510329], [-0.13443244]]), "db1")
        assertClose(grads["dW2"], matrix([[-0.35768529, 0.22046323, -0.29551566, -0.12202786, 0.18809552, 0.13700323,
                                           0.35892872, -0.02220353, -0.03976687]]), "dW2")
        assertClose(grads["db2"], matrix([[-0.78032466]]), "db2")
    }

    func testBackwardPropagationNotebookCell() {
        seed(1)
        let X = randn(2, 3)
        let Y = randn(1, 3) .> 0
        let parameters: Parameters = ["W1": forwardW1, "b1": zeros(4, 1), "W2": forwardW2, "b2": zeros(1, 1)]
        let cache: [String: Tensor] = [
            "A1": matrix([[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
                          [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]),
            "A2": matrix([[0.5002307, 0.49985831, 0.50023963]]),
            "Z1": matrix([[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
                          [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]]),
            "Z2": matrix([[0.00092281, -0.00056678, 0.00095853]]),
        ]
        let grads = CourseReference.backwardPropagation(parameters, cache, X, Y)
        assertClose(grads["dW1"], matrix([[0.00301023, -0.00747267], [0.00257968, -0.00641288], [-0.00156892, 0.003893],
                                          [-0.00652037, 0.01618243]]), "dW1")
        assertClose(grads["db1"], matrix([[0.00176201], [0.00150995], [-0.00091736], [-0.00381422]]), "db1")
        assertClose(grads["dW2"], matrix([[0.00078841, 0.01765429, -0.00084166, -0.01022527]]), "dW2")
        assertClose(grads["db2"], matrix([[-0.16655712]]), "db2")
    }

    func testUpdateParametersDefaultLearningRate() {
        let grads: Gradients = [
            "dW1": matrix([[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636], [-0.00092857, 0.00809933]]),
            "dW2": matrix([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]),
            "db1": matrix([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]),
            "db2": matrix([[-1.08923140e-05]]),
        ]
        let p = updateParameters(updateInput, grads)
        assertClose(p["W1"], matrix([[-0.00643025, 0.01936718], [-0.02410458, 0.03978052], [-0.01653973, -0.02096177],
                                     [0.01046864, -0.05990141]]), atol: 1e-8, "W1")
        assertClose(p["b1"], matrix([[-1.02420756e-06], [1.27373948e-05], [8.32996807e-07], [-3.20136836e-06]]), atol: 1e-13, "b1")
        assertClose(p["W2"], matrix([[-0.01041081, -0.04463285, 0.01758031, 0.04747113]]), atol: 1e-8, "W2")
        assertClose(p["b2"], matrix([[0.00010457]]), atol: 1e-8, "b2")
    }

    func testNNModel() {
        seed(1)
        let X = randn(2, 4)
        let Y = randn(1, 4) .> 0
        let p = CourseReference.nnModel(X, Y, nH: 4, numIterations: 10000)
        // The course compares with np.allclose (rtol 1e-5); these values are printed to 8 digits.
        assertClose(p["W1"], matrix([[0.71392202, 1.31281102], [-0.76411243, -1.41967065], [-0.75040545, -1.38857337],
                                     [0.56495575, 1.04857776]]), atol: 1e-7, "W1")
        assertClose(p["b1"], matrix([[-0.0073536], [0.01534663], [0.01262938], [0.00218135]]), atol: 1e-7, "b1")
        assertClose(p["W2"], matrix([[2.82545815, -3.3063945, -3.16116615, 1.8549574]]), atol: 1e-7, "W2")
        assertClose(p["b2"], matrix([[0.00393452]]), atol: 1e-7, "b2")
    }

    func testPredict() {
        seed(1)
        let X = randn(2, 3)
        assertClose(CourseReference.predict(updateInput, X), matrix([[1, 0, 1]]), atol: 0)
    }
}
