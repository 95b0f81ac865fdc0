import XCTest
@testable import NeuralNet

/// numpy-style printing: `print(a)` is numpy's str, the notebook shows numpy's repr.
final class TensorPrintingTests: XCTestCase {
    func testStrMatchesNumpy() {
        XCTAssertEqual(Tensor([[1, 2], [3, 4]]).description, "[[1. 2.]\n [3. 4.]]")
        XCTAssertEqual(Tensor([[0.12913162, -0.44014127], [-0.14175655, 0.48317296]]).description,
                       "[[ 0.12913162 -0.44014127]\n [-0.14175655  0.48317296]]")
        XCTAssertEqual(exp(Tensor([1, 2, 3])).description, "[ 2.71828183  7.3890561  20.08553692]")
        XCTAssertEqual(Tensor(0.6931471805599453).description, "0.6931471805599453")
        XCTAssertEqual("\(Tensor([[0, 0.6, 0.8]]))", "[[0.  0.6 0.8]]")
    }

    func testReprMatchesNumpy() {
        XCTAssertEqual(Tensor([[1, 2], [3, 4]]).debugDescription, "array([[1., 2.],\n       [3., 4.]])")
        XCTAssertEqual(Tensor([[1.10437111e-05], [1.78437869e-05], [-4.42988824e-05]]).debugDescription,
                       "array([[ 1.10437111e-05],\n       [ 1.78437869e-05],\n       [-4.42988824e-05]])")
        XCTAssertEqual(Tensor([1e8, 1.5]).debugDescription, "array([1.0e+08, 1.5e+00])")
        XCTAssertEqual(Tensor([.nan, 1, -.infinity]).debugDescription, "array([ nan,   1., -inf])")
        XCTAssertEqual(Tensor(0.15900538).debugDescription, "array(0.15900538)")
        XCTAssertEqual(NDArray<Float>([0.5, 1, 3]).debugDescription, "array([0.5, 1. , 3. ], dtype=float32)")
        XCTAssertEqual(linspace(-1, 1, num: 17).debugDescription, """
            array([-1.   , -0.875, -0.75 , -0.625, -0.5  , -0.375, -0.25 , -0.125,
                    0.   ,  0.125,  0.25 ,  0.375,  0.5  ,  0.625,  0.75 ,  0.875,
                    1.   ])
            """)
    }

    func testLargeArraysAreSummarised() {
        XCTAssertEqual(arange(2000).reshape(40, 50).debugDescription, """
            array([[0.000e+00, 1.000e+00, 2.000e+00, ..., 4.700e+01, 4.800e+01,
                    4.900e+01],
                   [5.000e+01, 5.100e+01, 5.200e+01, ..., 9.700e+01, 9.800e+01,
                    9.900e+01],
                   [1.000e+02, 1.010e+02, 1.020e+02, ..., 1.470e+02, 1.480e+02,
                    1.490e+02],
                   ...,
                   [1.850e+03, 1.851e+03, 1.852e+03, ..., 1.897e+03, 1.898e+03,
                    1.899e+03],
                   [1.900e+03, 1.901e+03, 1.902e+03, ..., 1.947e+03, 1.948e+03,
                    1.949e+03],
                   [1.950e+03, 1.951e+03, 1.952e+03, ..., 1.997e+03, 1.998e+03,
                    1.999e+03]], shape=(40, 50))
            """)
    }

    func testMimeBundle() {
        let bundle = Tensor([[1, 2], [3, 4]]).mimeBundle
        XCTAssertEqual(bundle.data["text/plain"], "array([[1., 2.],\n       [3., 4.]])")
        let html = bundle.data["text/html"] ?? ""
        XCTAssertTrue(html.contains("<table"))
        XCTAssertTrue(html.contains("shape (2, 2), float64"))
        XCTAssertEqual(html.components(separatedBy: "<tr>").count - 1, 2)
        let big = zeros(100, 100).mimeBundle.data["text/html"] ?? ""
        XCTAssertEqual(big.components(separatedBy: "<tr>").count - 1, 11, "5 rows, an ellipsis row, 5 rows")
    }
}
