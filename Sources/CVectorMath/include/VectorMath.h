// exp, log, tanh and sigmoid over float64 arrays, compiled once per x86-64 vector level (AVX-512,
// AVX2, baseline) and chosen when the library loads, so the same binary uses the vector units of
// whatever machine runs it. Every level computes the same bits: no fused multiply-adds.
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

#endif
