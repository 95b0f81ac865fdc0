// exp, log, tanh and sigmoid over float64 and float32 buffers, in the vectorised C loops of CVectorMath:
// the C library evaluates one number per call (~15 ns for tanh); these run 4 to 16 at once, on the
// widest vector unit of the machine they run on.
//
// float64: within a few units in the last place of the C library's results (FastMathTests checks the
// bounds; numpy's own SIMD exp and log are not bit-identical to glibc either), and the same on every
// machine with AVX2 and FMA (older ones can differ in the last place; see VectorMath.c).
//
// float32 exp: each number goes through the float64 kernel and is rounded once, so the result is the
// correctly rounded float except within about 2^-50 of a halfway point, where it can be the other
// neighbour (1 ulp); over all 2^32 floats it gives exactly Float(glibc's float64 result) (checked by
// a one-off C program). glibc's expf is not correctly rounded for about 0.06 % of inputs: there the
// loop differs from it, and everywhere else it gives its bits (FastMathFloatTests). float32 log, tanh
// and sigmoid, on machines with fused multiply-add, work in float arithmetic, two to three times
// faster: within 1 ulp of the exact value over every float (the sigmoid of 1 / (1 + e^−x) itself,
// not of the formula's float steps), the correctly rounded float for 99.4 to 99.9 % of them
// (numpy's float32 tanh: 1.37 ulp; FloatKernels.h).

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

/// `out = expf(x)` elementwise; `out` may be `x`.
@inline(__always)
func vectorExp(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ n: Int) {
    nn_vector_expf(x, out, n)
}

/// `out = logf(x)` elementwise; `out` may be `x`.
@inline(__always)
func vectorLog(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ n: Int) {
    nn_vector_logf(x, out, n)
}

/// `out = tanhf(x)` elementwise; `out` may be `x`.
@inline(__always)
func vectorTanh(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ n: Int) {
    nn_vector_tanhf(x, out, n)
}

/// `out = 1 / (1 + exp(-x))` elementwise, within 1 ulp (see above); `out` may be `x`.
@inline(__always)
func vectorSigmoid(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ n: Int) {
    nn_vector_sigmoidf(x, out, n)
}
