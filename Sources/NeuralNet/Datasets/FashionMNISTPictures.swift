// The pictures of a two-class Fashion-MNIST task before flattening, for notebooks that flatten them
// themselves (the course's exercise 2), drawn exactly as `binaryTask` draws its columns.

extension FashionMNIST {
    /// The pictures of `binaryTask(positive:negative:trainCount:testCount:seed:)`, before flattening:
    /// `trainXOrig` of shape (m_train, 28, 28) with raw pixel values 0...255, like the course's
    /// `train_set_x_orig`, and `trainY` (1, m_train) with 1 for `positive` and 0 for `negative`; the
    /// same for the test set.
    ///
    /// The same arguments pick the same pictures in the same order as `binaryTask`, so
    /// `flattenAndScale(trainXOrig)` equals `binaryTask`'s `trainX`:
    ///
    ///     let d = try FashionMNIST.binaryTaskPictures(positive: "Shirt", negative: "Pullover",
    ///                                                 trainCount: 209, testCount: 1000)
    ///     d.trainXOrig.shape   // [209, 28, 28]
    ///
    /// - Parameters:
    ///   - positive: the class labelled 1, a name from `classNames` (e.g. "Shirt").
    ///   - negative: the class labelled 0 (e.g. "Pullover"), or `nil` for all other classes.
    ///   - trainCount, testCount: number of pictures to keep (at most 12,000 and 2,000 for two classes).
    ///   - seed: the seed of the draw (a `RandomState` of its own; the global generator is left alone).
    /// - Throws: `DatasetError.notFound` when the dataset is not installed.
    public static func binaryTaskPictures(positive: String = "Sneaker", negative: String? = "Sandal",
                                          trainCount: Int = 1000, testCount: Int = 200, seed: Int = 1,
                                          directory: String = defaultDirectory)
        throws -> (trainXOrig: Tensor, trainY: Tensor, testXOrig: Tensor, testY: Tensor) {
        let draw = BinaryTaskDraw(positive: positive, negative: negative, seed: seed, caller: "binaryTaskPictures")
        func subset(_ split: Split, _ count: Int) throws -> (Tensor, Tensor) {
            let (raw, order, labels) = try draw.pictures(split, count, directory: directory)
            let pixelsPerPicture = raw.rows * raw.cols
            var pictures = zeros([order.count, raw.rows, raw.cols])
            pictures.withUnsafeMutableBufferPointer { dst in
                for (slot, index) in order.enumerated() {
                    for p in 0..<pixelsPerPicture {
                        dst[slot * pixelsPerPicture + p] = Double(raw.pixels[index * pixelsPerPicture + p])
                    }
                }
            }
            return (pictures, labels)
        }
        let (trainXOrig, trainY) = try subset(.train, trainCount)
        let (testXOrig, testY) = try subset(.test, testCount)
        return (trainXOrig, trainY, testXOrig, testY)
    }
}
