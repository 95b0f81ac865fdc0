// Matrix products with a thin side: a few rows of A (m ≤ NN_THIN_MAX_ROWS) against a long B, the
// shape of a network's first layer (W1 · X and dZ1 · Xᵀ with X of 12288 × 209). BLAS packs all of B
// into its own layout on every call, which costs as much as the arithmetic when A has a handful of
// rows; these loops read B where it is, once, and keep the rows of C in vector registers.
#ifndef NEURALNET_THIN_PRODUCTS_H
#define NEURALNET_THIN_PRODUCTS_H

#include <stddef.h>

/// The most rows of A (and C) the thin loops take.
#define NN_THIN_MAX_ROWS 32

/// Row-major `C = A · B` (`transB == 0`: B is k × n) or `C = A · Bᵀ` (`transB != 0`: B is n × k),
/// A being m × k, for m ≤ NN_THIN_MAX_ROWS, in float32 (float64 gained nothing over BLAS). Each
/// element of C is summed with fused multiply-adds in an order that depends only on k and the vector
/// width, so any split of the columns of C between threads gives the same bits. Returns 1 when done,
/// 0 when this processor has no build of the loops (no AVX2 and FMA) or m is too large: the caller
/// then uses BLAS.
int nn_thin_product_float(int transB, size_t m, size_t n, size_t k, const float *a, size_t lda,
                          const float *b, size_t ldb, float *c, size_t ldc);

/// Columns of C per tile of `A · B` in the build in use for float32 (16: one vector with AVX-512, two
/// with AVX2; 0 without a build). Splitting C's columns at multiples of it keeps every tile full.
size_t nn_thin_product_tile_columns_float(void);

#endif
