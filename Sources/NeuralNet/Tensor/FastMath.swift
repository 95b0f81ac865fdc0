// exp, log, tanh and sigmoid over float64 buffers in branch-free loops the compiler vectorises.
// The C library evaluates one number per call (~15 ns for tanh); these run several at once.
// Results are within a few units in the last place of the C library's (FastMathTests checks the
// bounds; numpy's own SIMD exp and log are not bit-identical to glibc either). Inputs outside the
// fast range (NaN, infinities, overflow, denormal results) go through the C library, block by block.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Elements per block: a block with any out-of-range input is done element by element.
private let blockLength = 256

/// ln 2 split in a high part with trailing zero bits (so `k * ln2Hi` is exact) and the rest.
private let ln2Hi = 6.93147180369123816490e-01
private let ln2Lo = 1.90821492927058770002e-10
private let signMask: UInt64 = 0x8000_0000_0000_0000

/// x = k ln2 + r with |r| ≤ ln2/2: returns 2^k (built in the exponent bits) and r. Valid for
/// k in [-1022, 1023], that is x in about [-708, 709].
@inline(__always)
private func reduceExp(_ x: Double) -> (scale: Double, r: Double) {
    let shifter = 0x1.8p52                        // adding it rounds to an integer in the low bits
    let t = x * 1.4426950408889634 + shifter      // x / ln 2
    let k = t - shifter
    let r = (x - k * ln2Hi) - k * ln2Lo
    // The low bits of t hold k (two's complement); (k + 1023) << 52 is the double 2^k.
    return (Double(bitPattern: (t.bitPattern &- 0x4338_0000_0000_0000 &+ 1023) &<< 52), r)
}

/// e^r − 1 for |r| ≤ ln2/2, in fdlibm's rational form (error below 2^-59 before rounding):
/// with c = r − r²·P(r²), e^r − 1 = r + r·c / (2 − c). No cancellation for tiny r.
@inline(__always)
private func expm1Reduced(_ r: Double) -> Double {
    let t = r * r
    let p = 1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03 + t * (6.61375632143793436117e-05
        + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08)))
    let c = r - t * p
    return r + (r * c) / (2 - c)
}

/// e^x for x in [-708, 709].
@inline(__always)
func expKernel(_ x: Double) -> Double {
    let (scale, r) = reduceExp(x)
    return scale * (1 + expm1Reduced(r))
}

/// ln x for normal positive finite x: x = 2^k (1 + f) with 1 + f in [√2/2, √2), and
/// ln(1 + f) = 2 atanh(s), s = f / (2 + f), as the classic fdlibm polynomial in s².
@inline(__always)
func logKernel(_ x: Double) -> Double {
    let offset: UInt64 = 0x3FE6_A09E_0000_0000    // the high word of √2/2
    let ix = x.bitPattern &+ (0x3FF0_0000_0000_0000 &- offset)
    let kBits = ix >> 52                            // k + 1023
    let dk = Double(bitPattern: 0x4330_0000_0000_0000 | kBits) - (0x1p52 + 1023)
    let f = Double(bitPattern: (ix & 0x000F_FFFF_FFFF_FFFF) &+ offset) - 1
    let hfsq = 0.5 * f * f
    let s = f / (2 + f)
    let z = s * s, w = z * z
    let t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
    let t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01
        + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
    return s * (hfsq + t1 + t2) + dk * ln2Lo - hfsq + f + dk * ln2Hi
}

/// tanh x for x not NaN: with y = 2|x| = k ln2 + r, e^y − 1 = 2^k (e^r − 1) + (2^k − 1) — exactly
/// e^r − 1 when k = 0, so small x keep full precision — and tanh|x| = (e^y − 1) / (e^y + 1).
/// The sign is copied from x (−0 stays −0, ±∞ gives ±1).
@inline(__always)
func tanhKernel(_ x: Double) -> Double {
    let a = Double(bitPattern: x.bitPattern & ~signMask)
    let y = a + a
    let (scale, r) = reduceExp(y < 40 ? y : 40)    // tanh(20) is 1 to the last bit
    let em1 = scale * expm1Reduced(r) + (scale - 1)
    let t = em1 / (em1 + 2)
    return Double(bitPattern: t.bitPattern | (x.bitPattern & signMask))
}

/// `out[i] = fast(x[i])` where no input of a block is `outside` (1 = needs the C library), else
/// `fast` or `slow` per element. Reads each input before writing its output, so `out` may be `x`.
/// The range check is branch-free and in-place blocks read `out` itself, so both loops vectorise
/// (with two different pointers the compiler must assume a partial overlap and stays scalar).
@inline(__always)
private func blockwise(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int,
                       outside: (Double) -> UInt8, fast: (Double) -> Double, slow: (Double) -> Double) {
    let inPlace = UnsafeMutablePointer(mutating: x) == out
    var start = 0
    while start < n {
        let end = Swift.min(start + blockLength, n)
        var flags: UInt8 = 0
        for i in start..<end { flags |= outside(x[i]) }
        if flags != 0 {
            for i in start..<end { let v = x[i]; out[i] = outside(v) == 0 ? fast(v) : slow(v) }
        } else if inPlace {
            for i in start..<end { out[i] = fast(out[i]) }
        } else {
            for i in start..<end { out[i] = fast(x[i]) }
        }
        start = end
    }
}

/// 1 unless `lo <= v <= hi` (also 1 for NaN), without branches.
@inline(__always)
private func outsideRange(_ v: Double, _ lo: Double, _ hi: Double) -> UInt8 {
    (v >= lo ? 0 : 1) | (v <= hi ? 0 : 1)
}

/// `out = exp(x)` elementwise.
func vectorExp(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    blockwise(x, out, n, outside: { outsideRange($0, -708, 709) }, fast: expKernel, slow: { exp($0) })
}

/// `out = log(x)` elementwise.
func vectorLog(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    blockwise(x, out, n, outside: { outsideRange($0, 0x1p-1022, .greatestFiniteMagnitude) }, fast: logKernel,
              slow: { log($0) })
}

/// `out = tanh(x)` elementwise.
func vectorTanh(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    blockwise(x, out, n, outside: { $0 == $0 ? 0 : 1 }, fast: tanhKernel, slow: { tanh($0) })
}

/// `out = 1 / (1 + exp(-x))` elementwise, the course's sigmoid in one pass.
func vectorSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    blockwise(x, out, n, outside: { outsideRange($0, -709, 708) }, fast: { 1 / (1 + expKernel(-$0)) },
              slow: { 1 / (1 + exp(-$0)) })
}
