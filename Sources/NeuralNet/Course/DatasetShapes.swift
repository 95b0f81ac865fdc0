// C1 W2A2's first two exercises: reading the dataset's sizes from its shapes, and flattening
// pictures into columns.

extension CourseReference {
    /// The sizes of a picture dataset, read from its shapes: the number of training pictures, the
    /// number of test pictures, and the side of a (square) picture in pixels.
    ///
    /// - Parameters:
    ///   - trainXOrig: the training pictures, shape `(m_train, num_px, num_px)`.
    ///   - testXOrig: the test pictures, shape `(m_test, num_px, num_px)`.
    /// - Returns: `(m_train, m_test, num_px)`.
    package static func datasetSizes(_ trainXOrig: Tensor, _ testXOrig: Tensor) -> (mTrain: Int, mTest: Int, numPx: Int) {
        (trainXOrig.shape[0], testXOrig.shape[0], trainXOrig.shape[1])
    }

    /// Flattens pictures into columns, the course's `X.reshape(X.shape[0], -1).T`: `(m, h, w)` becomes
    /// `(h · w, m)`, picture `i` in column `i` (its rows one after the other). Pixel values are unchanged.
    package static func flattenImages(_ images: Tensor) -> Tensor {
        images.reshape(images.shape[0], -1).T
    }
}
