// exp, log, tanh and sigmoid over float64 and float32 arrays, compiled once per x86-64 vector level (AVX-512,
// AVX2 with FMA, baseline) and chosen when the library loads, so the same binary uses the vector
// units of whatever machine runs it. The AVX-512 and AVX2 builds compute the same bits; the
// baseline build (processors from before 2013) can differ from them in the last place.
#ifndef NEURALNET_VECTOR_MATH_H
#define NEURALNET_VECTOR_MATH_H

#include <stddef.h>

/// `out[i] = exp(x[i])`; `out` may be `x`.
void nn_vector_exp(const double *x, double *out, size_t n);
/// `out[i] = log(x[i])`; `out` may be `x`.
void nn_vector_log(const double *x, double *out, size_t n);
/// `out[i] = tanh(x[i])`; `out` may be `x`.
void nn_vector_tanh(const double *x, double *out, size_t n);
/// `out[i] = 1 / (1 + exp(-x[i]))`; `out` may be `x`.
void nn_vector_sigmoid(const double *x, double *out, size_t n);

// float32: exp widens each number to double, runs the float64 kernel and rounds once to float; log,
// tanh and the sigmoid work in float arithmetic where the processor has fused multiply-add, within
// 1 ulp (VectorMath.c and FloatKernels.h say how close each is to the correctly rounded result).

/// `out[i] = expf(x[i])`; `out` may be `x`.
void nn_vector_expf(const float *x, float *out, size_t n);
/// `out[i] = logf(x[i])`; `out` may be `x`.
void nn_vector_logf(const float *x, float *out, size_t n);
/// `out[i] = tanhf(x[i])`; `out` may be `x`.
void nn_vector_tanhf(const float *x, float *out, size_t n);
/// `out[i] = 1 / (1 + e^-x[i])` within 1 ulp (the baseline build: `1.0f / (1.0f + expf(-x[i]))` in
/// float arithmetic); `out` may be `x`.
void nn_vector_sigmoidf(const float *x, float *out, size_t n);

/// The build these functions run here: 2 = AVX-512, 1 = AVX2 with FMA (or any non-x86 machine),
/// 0 = baseline.
int nn_vector_math_build(void);
/// For tests: runs function `name` ("exp", "log", "tanh" or "sigmoid") of build `build` (see
/// `nn_vector_math_build`). Returns 0, or -1 when there is no such function or build here.
int nn_vector_math_run(const char *name, int build, const double *x, double *out, size_t n);
/// `nn_vector_math_run` for the float32 functions (the same names: "exp" runs `nn_vector_expf`'s build).
int nn_vector_math_run_float(const char *name, int build, const float *x, float *out, size_t n);

#endif
