// The kernels are fdlibm's algorithms written without branches, so that each loop vectorises; a
// block of inputs with any value outside a kernel's range (NaN, infinities, overflow, denormal
// results) goes to the C library element by element instead.

#include "VectorMath.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

// Package.swift compiles this file with -ffp-contract=off: a fused multiply-add rounds once where the
// baseline rounds twice, and every vector level must give the same bits.

#if defined(__x86_64__) && defined(__linux__) && defined(__clang__)
#define VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define VECTOR_CLONES
#endif

#define ALWAYS_INLINE static inline __attribute__((always_inline))

/// Elements per block: a block with an out-of-range input is done element by element.
enum { BLOCK = 256 };

static const double ln2_hi = 6.93147180369123816490e-01;   // trailing zero bits: k * ln2_hi is exact
static const double ln2_lo = 1.90821492927058770002e-10;
static const uint64_t sign_mask = 0x8000000000000000ull;

ALWAYS_INLINE uint64_t bits(double x) { uint64_t u; memcpy(&u, &x, sizeof u); return u; }
ALWAYS_INLINE double from_bits(uint64_t u) { double x; memcpy(&x, &u, sizeof x); return x; }

ALWAYS_INLINE double expm1_reduced(double r) {
    double t = r * r;
    double p = 1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03 + t * (6.61375632143793436117e-05
             + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08)));
    double c = r - t * p;
    return r + (r * c) / (2 - c);
}
/// x = k ln2 + r with |r| ≤ ln2/2, for k in [-1022, 1023]: stores 2^k (built in the exponent bits).
ALWAYS_INLINE double reduce_exp(double x, double *scale) {
    const double shifter = 0x1.8p52;              // adding it rounds x / ln2 to an integer in the low bits
    double t = x * 1.4426950408889634 + shifter;
    double k = t - shifter;
    *scale = from_bits((bits(t) - 0x4338000000000000ull + 1023) << 52);
    return (x - k * ln2_hi) - k * ln2_lo;
}

/// e^x for x in [-708, 709].
ALWAYS_INLINE double exp_kernel(double x) {
    double scale, r = reduce_exp(x, &scale);
    return scale * (1 + expm1_reduced(r));
}

/// ln x for normal positive finite x: x = 2^k (1 + f), 1 + f in [√2/2, √2), ln(1 + f) = 2 atanh(s)
/// with s = f / (2 + f), fdlibm's polynomial in s².
ALWAYS_INLINE double log_kernel(double x) {
    const uint64_t offset = 0x3FE6A09E00000000ull;   // the high word of √2/2
    uint64_t ix = bits(x) + (0x3FF0000000000000ull - offset);
    double dk = from_bits(0x4330000000000000ull | (ix >> 52)) - (0x1p52 + 1023);
    double f = from_bits((ix & 0x000FFFFFFFFFFFFFull) + offset) - 1;
    double hfsq = 0.5 * f * f;
    double s = f / (2 + f);
    double z = s * s, w = z * z;
    double t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01));
    double t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01
              + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)));
    return s * (hfsq + t1 + t2) + dk * ln2_lo - hfsq + f + dk * ln2_hi;
}

/// tanh x for x not NaN: with y = 2|x| = k ln2 + r, e^y − 1 = 2^k (e^r − 1) + (2^k − 1), exactly
/// e^r − 1 when k = 0 so small x keep full precision, and tanh|x| = (e^y − 1) / (e^y + 1).
ALWAYS_INLINE double tanh_kernel(double x) {
    double a = from_bits(bits(x) & ~sign_mask);
    double y = a + a;
    double scale, r = reduce_exp(y < 40 ? y : 40, &scale);   // tanh(20) is 1 to the last bit
    double em1 = scale * expm1_reduced(r) + (scale - 1);
    double t = em1 / (em1 + 2);
    return from_bits(bits(t) | (bits(x) & sign_mask));
}

ALWAYS_INLINE double sigmoid_kernel(double x) { return 1 / (1 + exp_kernel(-x)); }
static double sigmoid_libm(double x) { return 1 / (1 + exp(-x)); }

/// 1 unless lo <= v <= hi (also 1 for NaN), without a branch.
ALWAYS_INLINE int outside(double v, double lo, double hi) { return !(v >= lo) | !(v <= hi); }

// One loop per kernel, so that each vectorises on its own: checks a block's range, then runs the
// kernel over it, or the C library per element where the block has an out-of-range value.
#define BLOCKWISE(name, kernel, libm, lo, hi)                                                     \
    VECTOR_CLONES void name(const double *x, double *out, size_t n) {                           \
        for (size_t start = 0; start < n; start += BLOCK) {                                     \
            size_t end = n - start < BLOCK ? n : start + BLOCK;                                 \
            int flags = 0;                                                                      \
            for (size_t i = start; i < end; i++) flags |= outside(x[i], lo, hi);                \
            if (flags) {                                                                        \
                for (size_t i = start; i < end; i++) {                                          \
                    double v = x[i];                                                            \
                    out[i] = outside(v, lo, hi) ? libm(v) : kernel(v);                          \
                }                                                                               \
            } else if (out == x) {                                                              \
                for (size_t i = start; i < end; i++) out[i] = kernel(out[i]);                   \
            } else {                                                                            \
                const double *restrict in = x;                                                  \
                double *restrict o = out;                                                       \
                for (size_t i = start; i < end; i++) o[i] = kernel(in[i]);                      \
            }                                                                                   \
        }                                                                                       \
    }

BLOCKWISE(nn_vector_exp, exp_kernel, exp, -708.0, 709.0)
BLOCKWISE(nn_vector_log, log_kernel, log, 0x1p-1022, 1.7976931348623157e308)
BLOCKWISE(nn_vector_tanh, tanh_kernel, tanh, -INFINITY, INFINITY)
BLOCKWISE(nn_vector_sigmoid, sigmoid_kernel, sigmoid_libm, -709.0, 708.0)
