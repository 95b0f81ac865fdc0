// exp, log, tanh and sigmoid over float64 buffers, in the vectorised C loops of CVectorMath: the C
// library evaluates one number per call (~15 ns for tanh); these run 2 to 8 at once, on the widest
// vector unit of the machine they run on. Results are within a few units in the last place of the C
// library's (FastMathTests checks the bounds; numpy's own SIMD exp and log are not bit-identical to
// glibc either), and the same on every machine with AVX2 and FMA (older ones can differ in the last
// place; see VectorMath.c).

import CVectorMath

/// `out = exp(x)` elementwise; `out` may be `x`.
@inline(__always)
func vectorExp(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    nn_vector_exp(x, out, n)
}

/// `out = log(x)` elementwise; `out` may be `x`.
@inline(__always)
func vectorLog(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    nn_vector_log(x, out, n)
}

/// `out = tanh(x)` elementwise; `out` may be `x`.
@inline(__always)
func vectorTanh(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    nn_vector_tanh(x, out, n)
}

/// `out = 1 / (1 + exp(-x))` elementwise, the course's sigmoid in one pass; `out` may be `x`.
@inline(__always)
func vectorSigmoid(_ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
    nn_vector_sigmoid(x, out, n)
}
