// tanh, the sigmoid and log of one float in float arithmetic, for the builds with fused multiply-add.
//
// Widened to double (VectorMath.c's other kernels), a float goes through a 4-lane AVX2 vector where a
// float kernel fills 8 lanes, and needs a degree-14 polynomial where float needs degree 7: these take
// tanh from 1.6 to 0.8 ns per float on Zen 3 (AVX2), the sigmoid from 1.5 to 0.6 and log from 1.4 to
// 0.6 (scripts/bench_vector_math.c). They round a few times instead of once, so they are no longer
// correctly rounded everywhere. Measured against the double result over every float
// (scripts/float_kernel_accuracy.c):
// - tanh: at most 0.89 ulp from the exact value (faithful: the exact value lies between the result
//   and a neighbour), correctly rounded for 99.92 % of positive floats; numpy 2.4's float32 tanh
//   here: 1.37 ulp; XLA's: 4.6 ulp;
// - sigmoid: at most 0.94 ulp from the exact 1 / (1 + e^−x), correctly rounded for 99.77 % of
//   |x| ≤ 87; the course's formula in float arithmetic (numpy's float32 `1 / (1 + np.exp(-z))`) is
//   up to 1.57 ulp off, near 1/2 where the rounding of 1 + e^−x shows;
// - log: at most 0.84 ulp, correctly rounded for 99.37 % of normal positive floats (glibc's logf
//   does better, in double arithmetic, at the speed of one number per call).
// The polynomials' fits must be unbiased as well as close: with e^r − 1 fitted to 1.4e-8 (0.04 ulp
// low on average), the planar network's float32 cost after 10 000 steps moved 3e-4 from numpy's
// float32 one (2.5e-6 now).
// The file is included only by VectorMath.c, whose -ffp-contract=off keeps each build's bits alike.

#ifndef NEURALNET_FLOAT_KERNELS_H
#define NEURALNET_FLOAT_KERNELS_H

#include <math.h>
#include <stdint.h>
#include <string.h>

static inline __attribute__((always_inline)) uint32_t float_bits(float x) { uint32_t u; memcpy(&u, &x, sizeof u); return u; }
static inline __attribute__((always_inline)) float float_from_bits(uint32_t u) { float x; memcpy(&x, &u, sizeof x); return x; }

/// y = k ln2 + r with |r| ≤ ln2/2, for y in [-87, 88]: stores 2^k (built in the exponent bits).
static inline __attribute__((always_inline)) float reduce_exp_float(float y, float *scale) {
    const float shifter = 0x1.8p23f;                // adding it rounds y / ln2 to an integer in the low bits
    float t = fmaf(y, 0x1.715476p0f, shifter);
    float k = t - shifter;
    *scale = float_from_bits((float_bits(t) - 0x4B400000u + 127u) << 23);
    float r = fmaf(-k, 0x1.62e4p-1f, y);           // ln2's leading 16 bits: k ln2_hi is exact for |k| < 256
    return fmaf(-k, 0x1.7f7d1cp-20f, r);           // the rest of ln2
}

/// e^r − 1 for |r| ≤ ln2/2: r + r² q(r), q fitted to 4.3e-10 relative with float coefficients.
static inline __attribute__((always_inline)) float expm1_float(float r) {
    float q = 0x1.9e6e42p-13f;
    q = fmaf(q, r, 0x1.6d3a36p-10f);
    q = fmaf(q, r, 0x1.1112dap-7f);
    q = fmaf(q, r, 0x1.5554f8p-5f);
    q = fmaf(q, r, 0x1.555554p-3f);
    q = fmaf(q, r, 0.5f);
    return fmaf(r * r, q, r);
}

/// tanh x for |x| ≤ 1: x + x³ p(x²), p fitted to 5e-10 relative with float coefficients (the series
/// converges slowly there).
static inline __attribute__((always_inline)) float tanh_near_zero(float x) {
    float s = x * x;
    float p = 0x1.e76a14p-14f;
    p = fmaf(p, s, -0x1.ae8c22p-11f);
    p = fmaf(p, s, 0x1.8f860ep-9f);
    p = fmaf(p, s, -0x1.18db62p-7f);
    p = fmaf(p, s, 0x1.64c044p-6f);
    p = fmaf(p, s, -0x1.b9f6dap-5f);
    p = fmaf(p, s, 0x1.11103cp-3f);
    p = fmaf(p, s, -0x1.555552p-2f);
    return fmaf(x * s, p, x);
}

/// tanh x for x not NaN. Beyond |x| = 1, tanh|x| = 1 − 2 / (e^2|x| + 1): the quotient is below 0.24,
/// so its rounding costs under half an ulp of the result. Both halves run for every lane (no branch).
static inline __attribute__((always_inline)) float tanh_float(float x) {
    float a = fabsf(x);
    float y = a + a;
    float scale, r = reduce_exp_float(y < 20 ? y : 20, &scale);   // tanh(10) is 1 in float
    float e_plus_1 = fmaf(scale, expm1_float(r), scale + 1);
    float far = 1 - 2 / e_plus_1;
    return copysignf(a <= 1 ? tanh_near_zero(a) : far, x);
}

/// ln x for normal positive finite x: fdlibm's logf. x = 2^k (1 + f), 1 + f in [√2/2, √2), ln(1 + f)
/// = 2 atanh(s) with s = f / (2 + f), a degree-4 polynomial in s².
static inline __attribute__((always_inline)) float log_float(float x) {
    const uint32_t offset = 0x3f3504f3u;            // √2/2
    uint32_t ix = float_bits(x) + (0x3f800000u - offset);
    float k = (float)((int32_t)(ix >> 23) - 127);
    float f = float_from_bits((ix & 0x007fffffu) + offset) - 1;
    float hfsq = 0.5f * f * f;
    float s = f / (2 + f);
    float z = s * s, w = z * z;
    float t1 = w * (0x1.999c26p-2f + w * 0x1.f13c4cp-3f);
    float t2 = z * (0x1.555554p-1f + w * 0x1.23d3dcp-2f);
    return s * (hfsq + t1 + t2) + k * 0x1.2fefa2p-17f - hfsq + f + k * 0x1.62e3p-1f;   // ln2 as lo + hi
}

/// 1 / (1 + e^−x) for x in [-87, 87]. e^−x = 2^k (1 + m) is kept as hi + lo, 1 + e^−x as d + dl
/// (two-sum), and the quotient's own rounding is corrected by one Newton step.
static inline __attribute__((always_inline)) float sigmoid_float(float x) {
    float scale, r = reduce_exp_float(-x, &scale);
    float m = expm1_float(r);
    float hi = fmaf(scale, m, scale);
    float lo = fmaf(scale, m, scale - hi);          // scale − hi is exact: hi is within a factor 2 of scale
    float d = 1 + hi;
    float dl = (hi <= 1 ? (1 - d) + hi : (hi - d) + 1) + lo;
    float s = 1 / d;
    float residual = fmaf(-s, d, 1);               // exact
    return fmaf(s, fmaf(-s, dl, residual), s);
}

#endif
