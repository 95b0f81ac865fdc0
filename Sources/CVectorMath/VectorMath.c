// The kernels are fdlibm's algorithms written without branches, so that each loop vectorises; a
// block of inputs with any value outside a kernel's range (NaN, infinities, overflow, denormal
// results) goes to the C library element by element instead.
//
// On x86-64 Linux each public function is built three times (AVX-512, AVX2, baseline SSE2) and the
// loader picks one for the processor (ifunc). The arithmetic comes in two ways:
// - "fused", for AVX-512 and AVX2 with FMA: e^r − 1 is a Taylor series in fused multiply-adds, no
//   division (tanh and the sigmoid keep their one final division); a fifth to a third faster;
// - "plain", for older processors: fdlibm's rational form, one division more, no fused operation.
// The AVX-512 and AVX2 builds compute the same bits; the baseline's can differ in the last place.
//
// The float32 exp widens each number to double, runs the same kernel and rounds once to float
// (glibc's expf also works in double, with a shorter polynomial). The double result is within a few
// units in its last place, so the rounded one is the correctly rounded float except when the exact
// value lies within about 2^-50 (relative) of a halfway point between two floats, and then it is the
// neighbour, 1 ulp away. Over all 2^32 floats the AVX-512 and baseline builds give exactly
// Float(glibc's double result), where glibc 2.36's expf differs for 170 648 of them. The float32
// log, tanh and sigmoid of the fused builds work in float instead, 8 or 16 lanes at once, within
// 1 ulp (FloatKernels.h); the baseline's round the double kernels as exp does.

#include "VectorMath.h"
#include "FloatKernels.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

// Package.swift compiles this file with -ffp-contract=off: only the explicit fma() calls fuse, so
// the AVX-512 and AVX2 builds round alike.

#define ALWAYS_INLINE static inline __attribute__((always_inline))

/// Elements per block: a block with an out-of-range input is done element by element.
enum { BLOCK = 256 };

static const double ln2_hi = 6.93147180369123816490e-01;   // trailing zero bits: k * ln2_hi is exact
static const double ln2_lo = 1.90821492927058770002e-10;
static const uint64_t sign_mask = 0x8000000000000000ull;

ALWAYS_INLINE uint64_t bits(double x) { uint64_t u; memcpy(&u, &x, sizeof u); return u; }
ALWAYS_INLINE double from_bits(uint64_t u) { double x; memcpy(&x, &u, sizeof x); return x; }

/// x = k ln2 + r with |r| ≤ ln2/2, for k in [-1022, 1023]: stores 2^k (built in the exponent bits).
ALWAYS_INLINE double reduce_exp(double x, double *scale) {
    const double shifter = 0x1.8p52;              // adding it rounds x / ln2 to an integer in the low bits
    double t = x * 1.4426950408889634 + shifter;
    double k = t - shifter;
    *scale = from_bits((bits(t) - 0x4338000000000000ull + 1023) << 52);
    return (x - k * ln2_hi) - k * ln2_lo;
}

// ---- the arithmetic that differs between the two ways: "plain" (fdlibm's, no fused multiply-add)
// and "fused" (fma() is one instruction in the AVX2 and AVX-512 builds) ----

/// e^r − 1 for |r| ≤ ln2/2: fdlibm's rational form, one division.
ALWAYS_INLINE double expm1_plain(double r) {
    double t = r * r;
    double p = 1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03 + t * (6.61375632143793436117e-05
             + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08)));
    double c = r - t * p;
    return r + (r * c) / (2 - c);
}

/// e^r − 1 for |r| ≤ ln2/2: the Taylor series to r^14 (remainder below 2^-61 relative), no division.
ALWAYS_INLINE double expm1_fused(double r) {
    double q = 0x1.93974a8c07c9dp-37;             // 1/14!
    q = fma(q, r, 0x1.6124613a86d09p-33);
    q = fma(q, r, 0x1.1eed8eff8d898p-29);
    q = fma(q, r, 0x1.ae64567f544e4p-26);
    q = fma(q, r, 0x1.27e4fb7789f5cp-22);
    q = fma(q, r, 0x1.71de3a556c734p-19);
    q = fma(q, r, 0x1.a01a01a01a01ap-16);
    q = fma(q, r, 0x1.a01a01a01a01ap-13);
    q = fma(q, r, 0x1.6c16c16c16c17p-10);
    q = fma(q, r, 0x1.1111111111111p-7);
    q = fma(q, r, 0x1.5555555555555p-5);
    q = fma(q, r, 0x1.5555555555555p-3);      // 1/3!
    q = fma(q, r, 0.5);
    return fma(r * r, q, r);
}

/// s · e + c (s a power of two).
ALWAYS_INLINE double scale_add_plain(double s, double e, double c) { return s * e + c; }
ALWAYS_INLINE double scale_add_fused(double s, double e, double c) { return fma(s, e, c); }
/// s · (1 + e), e^x from 2^k and e^r − 1.
ALWAYS_INLINE double scale_exp_plain(double s, double e) { return s * (1 + e); }
ALWAYS_INLINE double scale_exp_fused(double s, double e) { return fma(s, e, s); }

// ---- the kernels, once per way ----

/// ln x for normal positive finite x: x = 2^k (1 + f), 1 + f in [√2/2, √2), ln(1 + f) = 2 atanh(s)
/// with s = f / (2 + f), fdlibm's polynomial in s². The same in both ways.
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

/// e^x for x in [-708, 709]; tanh x for x not NaN, from y = 2|x| = k ln2 + r: e^y − 1 = 2^k (e^r − 1)
/// + (2^k − 1), exactly e^r − 1 when k = 0 so small x keep full precision, and tanh|x| =
/// (e^y − 1) / (e^y + 1); 1 / (1 + e^−x) for x in [-709, 708].
#define KERNELS(way)                                                                             \
    ALWAYS_INLINE double exp_##way(double x) {                                                  \
        double scale, r = reduce_exp(x, &scale);                                                \
        return scale_exp_##way(scale, expm1_##way(r));                                          \
    }                                                                                           \
    ALWAYS_INLINE double tanh_##way(double x) {                                                 \
        double a = from_bits(bits(x) & ~sign_mask);                                             \
        double y = a + a;                                                                       \
        double scale, r = reduce_exp(y < 40 ? y : 40, &scale);   /* tanh(20) is 1 to the last bit */ \
        double em1 = scale_add_##way(scale, expm1_##way(r), scale - 1);                         \
        double t = em1 / (em1 + 2);                                                             \
        return from_bits(bits(t) | (bits(x) & sign_mask));                                      \
    }                                                                                           \
    ALWAYS_INLINE double sigmoid_##way(double x) { return 1 / (1 + exp_##way(-x)); }                \
    ALWAYS_INLINE float exp32_##way(float x) { return (float)exp_##way(x); }

KERNELS(plain)
KERNELS(fused)

// float32 log, tanh and sigmoid: in float arithmetic where fused multiply-add is one instruction
// (FloatKernels.h), through the double kernels on the baseline.
ALWAYS_INLINE float log32_plain(float x) { return (float)log_kernel(x); }
ALWAYS_INLINE float tanh32_plain(float x) { return (float)tanh_plain(x); }
ALWAYS_INLINE float sigmoid32_plain(float x) { return 1.0f / (1.0f + (float)exp_plain(-(double)x)); }
ALWAYS_INLINE float log32_fused(float x) { return log_float(x); }
ALWAYS_INLINE float tanh32_fused(float x) { return tanh_float(x); }
ALWAYS_INLINE float sigmoid32_fused(float x) { return sigmoid_float(x); }

static double sigmoid_libm(double x) { return 1 / (1 + exp(-x)); }
/// The float sigmoid beyond the kernels' range: each way's formula (the fused one's rounds the exact value).
static float sigmoid32_fallback_plain(float x) { return 1.0f / (1.0f + expf(-x)); }
static float sigmoid32_fallback_fused(float x) { return (float)(1 / (1 + exp(-(double)x))); }

/// 1 unless lo <= v <= hi (also 1 for NaN), without a branch; lo and hi have v's type.
#define OUTSIDE(v, lo, hi) (!((v) >= (lo)) | !((v) <= (hi)))

// One loop per kernel, so that each vectorises on its own: checks a block's range, then runs the
// kernel over it, or the C library per element where the block has an out-of-range value. The
// kernels are long chains of dependent multiply-adds; four vectors in flight at once (interleave)
// took tanh and the sigmoid from 2.8 and 2.5 to 1.7 and 1.5 ns per float on Zen 3 (AVX2), same bits.
#define BLOCKWISE(attributes, name, T, kernel, libm, lo, hi)                                     \
    attributes void name(const T *x, T *out, size_t n) {                                        \
        for (size_t start = 0; start < n; start += BLOCK) {                                     \
            size_t end = n - start < BLOCK ? n : start + BLOCK;                                 \
            int flags = 0;                                                                      \
            for (size_t i = start; i < end; i++) flags |= OUTSIDE(x[i], lo, hi);                \
            if (flags) {                                                                        \
                for (size_t i = start; i < end; i++) {                                          \
                    T v = x[i];                                                                 \
                    out[i] = OUTSIDE(v, lo, hi) ? libm(v) : kernel(v);                          \
                }                                                                               \
            } else if (out == x) {                                                              \
                _Pragma("clang loop interleave_count(4)")                                     \
                for (size_t i = start; i < end; i++) out[i] = kernel(out[i]);                   \
            } else {                                                                            \
                const T *restrict in = x;                                                       \
                T *restrict o = out;                                                            \
                _Pragma("clang loop interleave_count(4)")                                     \
                for (size_t i = start; i < end; i++) o[i] = kernel(in[i]);                      \
            }                                                                                   \
        }                                                                                       \
    }

/// The eight loops for one build, named nn_function_suffix (float32 ones: nn_function32_suffix).
/// The float ranges are the double kernels' (the float log's and sigmoid's: their float kernels'); the
/// C library's float functions take the rest.
#define LOOPS(attributes, suffix, way)                                                           \
    BLOCKWISE(attributes, nn_exp_##suffix, double, exp_##way, exp, -708.0, 709.0)               \
    BLOCKWISE(attributes, nn_log_##suffix, double, log_kernel, log, 0x1p-1022, 1.7976931348623157e308) \
    BLOCKWISE(attributes, nn_tanh_##suffix, double, tanh_##way, tanh, -INFINITY, INFINITY)      \
    BLOCKWISE(attributes, nn_sigmoid_##suffix, double, sigmoid_##way, sigmoid_libm, -709.0, 708.0) \
    BLOCKWISE(attributes, nn_exp32_##suffix, float, exp32_##way, expf, -708.0f, 709.0f)         \
    BLOCKWISE(attributes, nn_log32_##suffix, float, log32_##way, logf, 0x1p-126f, 0x1.fffffep127f) \
    BLOCKWISE(attributes, nn_tanh32_##suffix, float, tanh32_##way, tanhf, -INFINITY, INFINITY)  \
    BLOCKWISE(attributes, nn_sigmoid32_##suffix, float, sigmoid32_##way, sigmoid32_fallback_##way, -87.0f, 87.0f)

typedef void vector_function(const double *, double *, size_t);
typedef void vector_function32(const float *, float *, size_t);

#if defined(__x86_64__) && defined(__linux__) && defined(__clang__)

// Not static: as internal functions reached only through the resolvers, clang leaves their
// kernel loops scalar.
#define HIDDEN __attribute__((visibility("hidden")))
LOOPS(HIDDEN __attribute__((target("arch=x86-64-v4"))), avx512, fused)
LOOPS(HIDDEN __attribute__((target("arch=x86-64-v3"))), avx2, fused)
LOOPS(HIDDEN, baseline, plain)

/// 2 with AVX-512, 1 with AVX2 and FMA, else 0. Runs in ifunc resolvers, before relocations: only
/// compiler builtins.
static int current_build(void) {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512cd")
        && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl")) return 2;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi2")) return 1;
    return 0;
}

/// The build of each function for this processor, chosen once when the library is loaded. The
/// resolver reads no pointer from memory: relocations may not have been applied yet.
#define DISPATCH(function, public_name, T, type)                                                  \
    static type *resolve_##function(void) {                                                     \
        int build = current_build();                                                           \
        return build == 2 ? nn_##function##_avx512 : build == 1 ? nn_##function##_avx2          \
                                                                : nn_##function##_baseline;     \
    }                                                                                           \
    void public_name(const T *x, T *out, size_t n) __attribute__((ifunc("resolve_" #function)));

DISPATCH(exp, nn_vector_exp, double, vector_function)
DISPATCH(log, nn_vector_log, double, vector_function)
DISPATCH(tanh, nn_vector_tanh, double, vector_function)
DISPATCH(sigmoid, nn_vector_sigmoid, double, vector_function)
DISPATCH(exp32, nn_vector_expf, float, vector_function32)
DISPATCH(log32, nn_vector_logf, float, vector_function32)
DISPATCH(tanh32, nn_vector_tanhf, float, vector_function32)
DISPATCH(sigmoid32, nn_vector_sigmoidf, float, vector_function32)

#define BUILDS(function) {nn_##function##_baseline, nn_##function##_avx2, nn_##function##_avx512}

#else

// Elsewhere one build; arm64 always has fused multiply-add.
LOOPS(static, fused, fused)
void nn_vector_exp(const double *x, double *out, size_t n) { nn_exp_fused(x, out, n); }
void nn_vector_log(const double *x, double *out, size_t n) { nn_log_fused(x, out, n); }
void nn_vector_tanh(const double *x, double *out, size_t n) { nn_tanh_fused(x, out, n); }
void nn_vector_sigmoid(const double *x, double *out, size_t n) { nn_sigmoid_fused(x, out, n); }
void nn_vector_expf(const float *x, float *out, size_t n) { nn_exp32_fused(x, out, n); }
void nn_vector_logf(const float *x, float *out, size_t n) { nn_log32_fused(x, out, n); }
void nn_vector_tanhf(const float *x, float *out, size_t n) { nn_tanh32_fused(x, out, n); }
void nn_vector_sigmoidf(const float *x, float *out, size_t n) { nn_sigmoid32_fused(x, out, n); }

static int current_build(void) { return 1; }
#define BUILDS(function) {NULL, nn_##function##_fused, NULL}

#endif

// ---- the builds by name, for tests ----

static vector_function *const builds[4][3] = {BUILDS(exp), BUILDS(log), BUILDS(tanh), BUILDS(sigmoid)};
static vector_function32 *const builds32[4][3] = {BUILDS(exp32), BUILDS(log32), BUILDS(tanh32), BUILDS(sigmoid32)};
static const char *const names[4] = {"exp", "log", "tanh", "sigmoid"};

int nn_vector_math_build(void) { return current_build(); }

/// The index of function `name` in `names`, or -1 (also -1 for a build this processor lacks).
static int function_index(const char *name, int build) {
    if (build < 0 || build > current_build()) return -1;
    for (int i = 0; i < 4; i++) if (strcmp(name, names[i]) == 0) return i;
    return -1;
}

int nn_vector_math_run(const char *name, int build, const double *x, double *out, size_t n) {
    int i = function_index(name, build);
    if (i < 0 || !builds[i][build]) return -1;
    builds[i][build](x, out, n);
    return 0;
}

int nn_vector_math_run_float(const char *name, int build, const float *x, float *out, size_t n) {
    int i = function_index(name, build);
    if (i < 0 || !builds32[i][build]) return -1;
    builds32[i][build](x, out, n);
    return 0;
}
