import Foundation

/// Zalando's Fashion-MNIST: 70,000 grayscale 28×28 pictures of clothes in 10 classes
/// (60,000 for training, 10,000 for testing), a drop-in replacement for handwritten-digit MNIST.
///
/// The files come from Debian's `dataset-fashion-mnist` package (gzipped IDX files in
/// `/usr/share/datasets/fashion-mnist`). Like the course's cat/non-cat data, a two-class subset
/// makes a good logistic-regression or deep-network exercise:
///
///     let (images, labels) = try FashionMNIST.load(split: .test)   // (10000, 28, 28), [Int]
///     FashionMNIST.classNames[labels[0]]                            // "Ankle boot"
///     let data = try FashionMNIST.binaryTask(positive: "Sneaker", negative: "Sandal")
///     data.trainX.shape                                             // [784, 1000], values in [0, 1]
public enum FashionMNIST {
    /// Which half of the dataset to load.
    public enum Split: String, Sendable {
        /// The 60,000 training examples (`train-*` files).
        case train
        /// The 10,000 test examples (`t10k-*` files).
        case test

        var filePrefix: String { self == .train ? "train" : "t10k" }
    }

    /// Where Debian's `dataset-fashion-mnist` package installs the files.
    public static let defaultDirectory = "/usr/share/datasets/fashion-mnist"

    /// The label names, indexed by label: `classNames[9] == "Ankle boot"`.
    public static let classNames = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

    /// Whether the dataset's files are present in `directory`.
    public static func isAvailable(directory: String = defaultDirectory) -> Bool {
        [Split.train, .test].allSatisfy { split in
            filePaths(split, directory).allSatisfy { FileManager.default.fileExists(atPath: $0) }
        }
    }

    /// The images and labels file of a split; a `.gz` file is preferred, an uncompressed one also works.
    static func filePaths(_ split: Split, _ directory: String) -> [String] {
        ["images-idx3-ubyte", "labels-idx1-ubyte"].map { kind in
            let base = (directory as NSString).appendingPathComponent("\(split.filePrefix)-\(kind)")
            return FileManager.default.fileExists(atPath: base) && !FileManager.default.fileExists(atPath: base + ".gz")
                ? base : base + ".gz"
        }
    }

    /// The raw pixels (uint8, row-major `count × 28 × 28`) and labels of a split.
    static func loadRaw(split: Split, directory: String) throws -> (pixels: [UInt8], rows: Int, cols: Int, labels: [Int]) {
        let paths = filePaths(split, directory)
        guard paths.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
            throw DatasetError.notFound(dataset: "Fashion-MNIST", directory: directory,
                                        hint: "install it with `sudo apt-get install dataset-fashion-mnist`")
        }
        let images = try IDXArray(contentsOf: paths[0]), labels = try IDXArray(contentsOf: paths[1])
        guard images.dataType == .uint8, images.shape.count == 3, labels.shape.count == 1,
              labels.shape[0] == images.shape[0] else {
            throw DatasetError.corrupt(file: paths[0], reason: "expected uint8 images (n, rows, cols) and n labels, found images \(images.shape), labels \(labels.shape)")
        }
        return (images.payload, images.shape[1], images.shape[2], labels.ints)
    }

    /// Loads one split: the images as a (m, 28, 28) tensor of raw pixel values 0...255
    /// (like the course's `train_set_x_orig`) and the labels 0...9 (names in `classNames`).
    ///
    /// The training split holds 47 million numbers (about 380 MB as Doubles); use `.test` or
    /// `binaryTask` when you only need a few thousand images.
    /// - Throws: `DatasetError.notFound` with installation instructions when the files are missing.
    public static func load(split: Split, directory: String = defaultDirectory) throws -> (images: Tensor, labels: [Int]) {
        let raw = try loadRaw(split: split, directory: directory)
        var images = zeros([raw.labels.count, raw.rows, raw.cols])
        images.withUnsafeMutableBufferPointer { out in
            for i in 0..<out.count { out[i] = Double(raw.pixels[i]) }
        }
        return (images, raw.labels)
    }

    /// Flattens images into columns and scales pixels to [0, 1], the course's
    /// `X.reshape(X.shape[0], -1).T / 255`: (m, 28, 28) becomes (784, m), one image per column.
    public static func flattenAndScale(_ images: Tensor) -> Tensor {
        let shape = images.shape
        guard let m = shape.first, shape.count >= 2 else { fatalError("flattenAndScale: expected images of shape (m, rows, cols), got \(shape)") }
        let features = shape.dropFirst().reduce(1, *)
        var result = zeros([features, m])
        images.withUnsafeBufferPointer { src in
            result.withUnsafeMutableBufferPointer { dst in
                for i in 0..<m { for f in 0..<features { dst[f * m + i] = src[i * features + f] / 255 } }
            }
        }
        return result
    }

    /// A two-class subset ready for a logistic-regression / deep-network notebook, in the layout of the
    /// course's cat/non-cat data: `trainX` (784, m) with one image per column and pixels scaled to
    /// [0, 1], `trainY` (1, m) holding 1 for `positive` and 0 for `negative`; the same for the test set.
    ///
    ///     let d = try FashionMNIST.binaryTask(positive: "Sneaker", negative: "Sandal",
    ///                                         trainCount: 1000, testCount: 200)
    ///
    /// Examples are drawn at random (with `RandomState(seed: seed)`, leaving the global generator alone)
    /// from the images of the two classes, so the classes are roughly balanced. With `negative: nil`
    /// the task is one-vs-rest ("Sneaker or not?"): every other class counts as 0, and only about
    /// 10% of the examples are positive.
    /// - Parameters:
    ///   - positive: the class labelled 1, a name from `classNames` (e.g. "Sneaker").
    ///   - negative: the class labelled 0 (e.g. "Ankle boot"), or `nil` for all other classes.
    ///   - trainCount, testCount: number of examples to keep (at most 12,000 and 2,000 are available).
    /// - Throws: `DatasetError.notFound` when the dataset is not installed.
    public static func binaryTask(positive: String = "Sneaker", negative: String? = "Sandal",
                                  trainCount: Int = 1000, testCount: Int = 200, seed: Int = 1,
                                  directory: String = defaultDirectory)
        throws -> (trainX: Tensor, trainY: Tensor, testX: Tensor, testY: Tensor) {
        let draw = BinaryTaskDraw(positive: positive, negative: negative, seed: seed, caller: "binaryTask")
        func subset(_ split: Split, _ count: Int) throws -> (Tensor, Tensor) {
            let (raw, order, y) = try draw.pictures(split, count, directory: directory)
            let m = order.count, features = raw.rows * raw.cols
            var x = zeros([features, m])
            x.withUnsafeMutableBufferPointer { dst in
                for (column, index) in order.enumerated() {
                    for f in 0..<features { dst[f * m + column] = Double(raw.pixels[index * features + f]) / 255 }
                }
            }
            return (x, y)
        }
        let (trainX, trainY) = try subset(.train, trainCount)
        let (testX, testY) = try subset(.test, testCount)
        return (trainX, trainY, testX, testY)
    }
}
