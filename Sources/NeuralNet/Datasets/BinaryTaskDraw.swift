// Which pictures a two-class Fashion-MNIST task takes, shared by `binaryTask` (flattened columns)
// and `binaryTaskPictures` (pictures as they are), so the same arguments give the same pictures.

extension FashionMNIST {
    /// The classes of a two-class task and the generator that draws its pictures: train first, then
    /// test, from one `RandomState`, as both loaders have always done.
    struct BinaryTaskDraw {
        let positive: Int
        let negative: Int?
        let generator: RandomState

        /// Stops with a message naming `caller` when a class name is unknown or both are the same.
        init(positive: String, negative: String?, seed: Int, caller: String) {
            guard let pos = classNames.firstIndex(of: positive) else {
                fatalError("\(caller): positive must be one of \(classNames), got \"\(positive)\"")
            }
            let neg = negative.flatMap { classNames.firstIndex(of: $0) }
            guard negative == nil || (neg != nil && neg != pos) else {
                fatalError("\(caller): negative must be nil or a name from \(classNames) other than \"\(positive)\"")
            }
            self.positive = pos
            self.negative = neg
            self.generator = RandomState(seed: seed)
        }

        /// The split's raw images, the indices of `count` pictures of the two classes in a random
        /// order, and their labels (1, count): 1 for the positive class, 0 otherwise.
        func pictures(_ split: Split, _ count: Int, directory: String) throws
            -> (raw: (pixels: [UInt8], rows: Int, cols: Int, labels: [Int]), order: [Int], labels: Tensor) {
            let raw = try loadRaw(split: split, directory: directory)
            let candidates = raw.labels.indices.filter {
                negative == nil || raw.labels[$0] == positive || raw.labels[$0] == negative
            }
            let order = generator.permutation(candidates.count).prefix(count).map { candidates[$0] }
            let labels = Tensor(shape: [1, order.count], scalars: order.map { raw.labels[$0] == positive ? 1.0 : 0.0 })
            return (raw, order, labels)
        }
    }
}
