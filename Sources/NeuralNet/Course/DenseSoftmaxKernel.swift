// The softmax output layer of DenseNetworkTrainer: softmax, its cross-entropy cost and `A − Y` in one
// pass over the output, a block of columns at a time, in the order of operations of the course's formulas.

extension DenseKernels {
    /// Columns handled together by the softmax: a block of every row stays in the L1 cache.
    private static let softmaxBlockColumns = 256

    /// Turns the output layer's product `Z` into `dZ = softmax(Z + b) − Y` in place and returns the cost
    /// `−Σ Y log(softmax) / m`, all in one pass over `Z` (a block of columns at a time); the terms of the
    /// cost are kept and summed in numpy's pairwise order.
    static func softmaxCrossEntropyGradient<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>,
                                                               _ Y: NDArray<S>) -> S {
        precondition(Z.shape == Y.shape, "Y must have the output's shape \(Z.shape), not \(Y.shape)")
        let rows = Z.shape[0], cols = Z.shape[1], n = rows * cols
        let bytes = n * MemoryLayout<S>.stride
        let terms = BufferCache.shared.allocate(bytes: bytes).bindMemory(to: S.self, capacity: n)
        defer { BufferCache.shared.deallocate(UnsafeMutableRawPointer(terms), bytes: bytes) }
        let blocks = (cols + softmaxBlockColumns - 1) / softmaxBlockColumns
        b.withUnsafeBufferPointer { bias in
            Y.withUnsafeBufferPointer { labels in
                Z.withUnsafeMutableBufferPointer { zb in
                    let z = zb.baseAddress!, y = labels.baseAddress!
                    forEachPart(blocks, weight: rows * softmaxBlockColumns) { part in
                        withUnsafeTemporaryAllocation(of: S.self, capacity: softmaxBlockColumns) { scratch in
                            for block in part {
                                let start = block * softmaxBlockColumns
                                softmaxBlock(z, y, terms, bias, scratch.baseAddress!, rows: rows, cols: cols, start: start,
                                             width: Swift.min(softmaxBlockColumns, cols - start))
                            }
                        }
                    }
                }
            }
        }
        return -pairwiseSum(terms, n) / S(cols)
    }

    /// The columns `start ..< start + width` of `softmaxCrossEntropyGradient`: `z` becomes
    /// `softmax(z + b) − y` and `terms` gets `y · log(softmax(z + b))`; `columnMax` holds `width` numbers.
    @inline(__always)
    private static func softmaxBlock<S: TensorScalar>(_ z: UnsafeMutablePointer<S>, _ y: UnsafePointer<S>, _ terms: UnsafeMutablePointer<S>,
                                               _ bias: UnsafeBufferPointer<S>, _ columnMax: UnsafeMutablePointer<S>,
                                               rows: Int, cols: Int, start: Int, width: Int) {
        for r in 0..<rows {
            let row = z + r * cols + start, shift = bias[r]
            for j in 0..<width { row[j] = row[j] + shift }
        }
        for j in 0..<width { columnMax[j] = z[start + j] }
        for r in 1..<Swift.max(rows, 1) {
            let row = z + r * cols + start
            for j in 0..<width { columnMax[j] = MaxK.apply(columnMax[j], row[j]) }
        }
        for r in 0..<rows {
            let row = z + r * cols + start
            for j in 0..<width { row[j] = row[j] - columnMax[j] }
            vectorExp(row, row, width)   // FastMathGeneric.swift: vectorised for Double and Float
        }
        let total = columnMax   // the maxima are used up: the column sums take their place
        for j in 0..<width { total[j] = 0 + z[start + j] }
        for r in 1..<Swift.max(rows, 1) {
            let row = z + r * cols + start
            for j in 0..<width { total[j] += row[j] }
        }
        for r in 0..<rows {
            let offset = r * cols + start, row = z + offset, label = y + offset, term = terms + offset
            for j in 0..<width { row[j] = row[j] / total[j] }
            vectorLog(row, term, width)
            for j in 0..<width {
                term[j] = label[j] * term[j]
                row[j] = row[j] - label[j]
            }
        }
    }
}
