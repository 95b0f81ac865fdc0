// CVectorMath's float32 and float64 loops on 1600 numbers at a time (the planar network's hidden
// layer), one thread: best of 9 rounds of 20 000 calls, nanoseconds per number. Inputs uniform in
// [-3, 3] (log: their magnitudes plus 0.01).
//
//   clang -O3 -mprefer-vector-width=512 -ffp-contract=off -fno-math-errno -ISources/CVectorMath/include \
//       scripts/bench_vector_math.c Sources/CVectorMath/VectorMath.c -lm -o /tmp/bench-vector-math
//   taskset -c 1 /tmp/bench-vector-math
//
// Build it from two commits (git worktree) to compare them.

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "VectorMath.h"

enum { COUNT = 1600, CALLS = 20000, ROUNDS = 9 };

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

#define BENCH(name, function, T, in, out)                                            \
    do {                                                                             \
        double best = INFINITY;                                                      \
        for (int round = 0; round < ROUNDS; round++) {                               \
            double start = now();                                                    \
            for (int call = 0; call < CALLS; call++) function(in, out, COUNT);       \
            double seconds = now() - start;                                          \
            if (seconds < best) best = seconds;                                      \
        }                                                                            \
        printf("%-9s %-8s %.3f ns\n", #T, name, best / CALLS / COUNT * 1e9);         \
    } while (0)

int main(void) {
    static float xf[COUNT], pf[COUNT], of[COUNT];
    static double xd[COUNT], pd[COUNT], od[COUNT];
    srand(1);
    for (int i = 0; i < COUNT; i++) {
        xd[i] = (rand() / (double)RAND_MAX - 0.5) * 6;
        pd[i] = fabs(xd[i]) + 0.01;
        xf[i] = (float)xd[i];
        pf[i] = (float)pd[i];
    }
    printf("build %d (2 AVX-512, 1 AVX2 with FMA, 0 baseline)\n", nn_vector_math_build());
    BENCH("exp", nn_vector_expf, float, xf, of);
    BENCH("log", nn_vector_logf, float, pf, of);
    BENCH("tanh", nn_vector_tanhf, float, xf, of);
    BENCH("sigmoid", nn_vector_sigmoidf, float, xf, of);
    BENCH("exp", nn_vector_exp, double, xd, od);
    BENCH("log", nn_vector_log, double, pd, od);
    BENCH("tanh", nn_vector_tanh, double, xd, od);
    BENCH("sigmoid", nn_vector_sigmoid, double, xd, od);
    return 0;
}
