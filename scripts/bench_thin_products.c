// The thin products of CMatrixKernels against OpenBLAS's gemm on the shapes the course's networks
// multiply: one thread, best of 15 rounds of `calls` calls each, times in ms per call, and the
// largest difference between the two results (relative to max(1, |C|)).
//
//   clang -O3 -mprefer-vector-width=512 -ffp-contract=off -ISources/CMatrixKernels/include \
//       scripts/bench_thin_products.c Sources/CMatrixKernels/ThinProducts.c -lopenblas -o /tmp/bench-thin
//   OPENBLAS_NUM_THREADS=1 taskset -c 1 /tmp/bench-thin [calls, default 10]

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ThinProducts.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/// Row-major C (m × n) = A (m × k) · B (k × n), or · Bᵀ with B n × k when `transB`.
static void compare(const char *what, int transB, size_t m, size_t n, size_t k, int calls) {
    size_t bsize = n * k, ldb = transB ? k : n;
    float *a = malloc(m * k * sizeof *a), *b = malloc(bsize * sizeof *b);
    float *blas = malloc(m * n * sizeof *blas), *thin = malloc(m * n * sizeof *thin);
    srand(1);
    for (size_t i = 0; i < m * k; i++) a[i] = (float)(rand() / (double)RAND_MAX - 0.5);
    for (size_t i = 0; i < bsize; i++) b[i] = (float)((rand() % 256) / 255.0);
    double best_blas = INFINITY, best_thin = INFINITY;
    for (int round = 0; round < 15; round++) {
        double t0 = now();
        for (int c = 0; c < calls; c++)
            cblas_sgemm(CblasRowMajor, CblasNoTrans, transB ? CblasTrans : CblasNoTrans, (int)m, (int)n, (int)k, 1,
                        a, (int)k, b, (int)ldb, 0, blas, (int)n);
        double t1 = now();
        for (int c = 0; c < calls; c++)
            if (!nn_thin_product_float(transB, m, n, k, a, k, b, ldb, thin, n)) {
                printf("%s: no thin loops on this processor\n", what);
                return;
            }
        double t2 = now();
        best_blas = fmin(best_blas, (t1 - t0) / calls);
        best_thin = fmin(best_thin, (t2 - t1) / calls);
    }
    double diff = 0;
    for (size_t i = 0; i < m * n; i++) diff = fmax(diff, fabs(blas[i] - thin[i]) / fmax(1, fabs(blas[i])));
    printf("%-34s sgemm %7.3f ms  thin %7.3f ms  (%.2fx)  max diff %.1e\n", what, best_blas * 1e3,
           best_thin * 1e3, best_blas / best_thin, diff);
    free(a); free(b); free(blas); free(thin);
}

int main(int argc, char **argv) {
    int calls = argc > 1 ? atoi(argv[1]) : 10;
    compare("W1 · X, 7 × 12288 · 12288 × 209", 0, 7, 209, 12288, calls);
    compare("dZ1 · Xᵀ, 7 × 209 · (12288 × 209)ᵀ", 1, 7, 12288, 209, calls);
    compare("W1 · X, 20 rows", 0, 20, 209, 12288, calls);
    compare("dZ1 · Xᵀ, 20 rows", 1, 20, 12288, 209, calls);
    compare("W3 · A2, 10 × 128 · 128 × 10000", 0, 10, 10000, 128, calls);
    compare("dZ3 · A2ᵀ, 10 × 10000 · (128 × 10000)ᵀ", 1, 10, 128, 10000, calls);
    return 0;
}
