/// The Mersenne Twister MT19937, the 32-bit generator behind numpy's legacy `np.random` functions.
///
/// You rarely need it directly: use ``RandomState`` (numpy's `np.random.RandomState`) or the free
/// functions `seed(_:)`, `randn(_:)`, `rand(_:)`, `permutation(_:)` that share one global generator.
/// It is public for learners who want to see the raw 32-bit stream behind those functions.
///
///     var mt = MT19937(seed: 1)
///     mt.nextUInt32()    // 1791095845, like numpy's first word after np.random.seed(1)
public struct MT19937: Sendable {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    /// The 624-word state.
    private var key: [UInt32]
    /// Index of the next word to temper; 624 means "twist first".
    private var position: Int

    /// Seeds the generator the way `np.random.seed(k)` does for an integer `k`
    /// (the reference `init_genrand`). Only the low 32 bits of `seed` are used; numpy itself
    /// rejects seeds outside `0..<2**32`.
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.n)
        key[0] = seed
        for i in 1..<Self.n {
            let previous = key[i - 1]
            key[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        self.key = key
        self.position = Self.n
    }

    /// Regenerates all 624 words (the "twist").
    private mutating func twist() {
        let n = Self.n, m = Self.m
        key.withUnsafeMutableBufferPointer { mt in
            @inline(__always) func mix(_ upper: UInt32, _ lower: UInt32, _ far: UInt32) -> UInt32 {
                let y = (upper & Self.upperMask) | (lower & Self.lowerMask)
                return far ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
            }
            for i in 0..<(n - m) { mt[i] = mix(mt[i], mt[i + 1], mt[i + m]) }
            for i in (n - m)..<(n - 1) { mt[i] = mix(mt[i], mt[i + 1], mt[i + m - n]) }
            mt[n - 1] = mix(mt[n - 1], mt[0], mt[m - 1])
        }
        position = 0
    }

    /// The next 32-bit output word (after tempering), like numpy's `next_uint32`.
    @inline(__always)
    public mutating func nextUInt32() -> UInt32 {
        if position >= Self.n { twist() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// A uniform double in [0, 1) with 53 random bits, built from two words exactly like numpy's
    /// `random_sample`: `((a >> 5) * 67108864 + (b >> 6)) / 9007199254740992`.
    @inline(__always)
    public mutating func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// A uniform integer in `0...max` by masked rejection sampling, numpy's legacy `random_interval`
    /// (used by `shuffle`, `permutation` and `randint`): smear `max` into a bit mask, then draw
    /// `word & mask` until it is at most `max`. For `max >= 2**32` two words make one 64-bit draw.
    public mutating func nextBounded(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4
        mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        if max <= 0xFFFF_FFFF {
            let mask32 = UInt32(mask)
            while true {
                let value = UInt64(nextUInt32() & mask32)
                if value <= max { return value }
            }
        }
        while true {
            let high = UInt64(nextUInt32()), low = UInt64(nextUInt32())
            let value = ((high << 32) | low) & mask
            if value <= max { return value }
        }
    }
}
