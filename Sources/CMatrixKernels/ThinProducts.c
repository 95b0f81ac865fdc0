// The float32 loops of ThinProducts.h, built for AVX-512 and for AVX2 with FMA and chosen when the
// library loads (ifunc, as in CVectorMath). One tile of C's columns (one or two vectors) at a time:
// - `C = A · B`: for a block of KC rows of B, each vector of B's row p is multiplied by A[r, p] and
//   added to the accumulators of up to 8 rows; the block's strip of B stays in L1 between row groups. Each
//   block's sum starts from zero and is then added to C, as BLAS does: a chain of 12288 float32
//   terms would carry several times BLAS's rounding error, a chain of KC and 96 block sums does not.
// - `C = A · Bᵀ`: C[r, j] is row r of A dot row j of B, both contiguous: two rows of B against up to
//   8 rows of A (6 with AVX2), vectors along k, reduced at the end; the leftover k % lanes terms follow in order.
// Every multiply-add is fused (fma), tails included, so where a column falls does not change its bits.

#include "ThinProducts.h"

#define ALWAYS_INLINE static inline __attribute__((always_inline))

/// Rows of B per block of `C = A · B`: 128 rows of a vector-wide strip are 8 KB of L1.
enum { KC = 128 };
/// Rows of A (and C) per register group.
enum { GROUP = 8 };

#define MIN(a, b) ((a) < (b) ? (a) : (b))

/// Sums of a vector's halves down to one number, in a fixed tree.
#define HALVES_16 0, 1, 2, 3, 4, 5, 6, 7
#define UPPER_16 8, 9, 10, 11, 12, 13, 14, 15
#define HALVES_8 0, 1, 2, 3
#define UPPER_8 4, 5, 6, 7

/// Defines, for element type T and W lanes, the kernels and the entry `thin_<name>`.
#define THIN_KERNELS(T, name, W, TARGET, V, REDUCE, REDUCE_TILE, NV, NN_ROWS, NT_ROWS)               \
    /* C[r, j ..< j + W] = (first ? 0 : C) + Σ_p A[r, p] · B[p, j ..< j + W] for r < R, the block's */ \
    /* sum formed on its own and then added, as BLAS adds each block's product into C */          \
    /* (nv vectors of columns: C[r, j ..< j + nv · W]) */                                      \
    ALWAYS_INLINE void name##_nn_tile(int R, int nv, const T *a, size_t lda, const T *b, size_t ldb, \
                                      size_t k, T *c, size_t ldc, int first) {                    \
        V acc[GROUP][NV];                                                                          \
        for (int r = 0; r < R; r++)                                                                \
            for (int v = 0; v < nv; v++) acc[r][v] = (V){0};                                       \
        for (size_t p = 0; p < k; p++) {                                                           \
            V x[NV];                                                                               \
            for (int v = 0; v < nv; v++) x[v] = *(const V *)(b + p * ldb + v * W);                 \
            for (int r = 0; r < R; r++) {                                                          \
                V y = a[r * lda + p] - (V){0};                                                     \
                for (int v = 0; v < nv; v++) acc[r][v] = __builtin_elementwise_fma(y, x[v], acc[r][v]); \
            }                                                                                      \
        }                                                                                          \
        for (int r = 0; r < R; r++)                                                                \
            for (int v = 0; v < nv; v++) {                                                         \
                V *out = (V *)(c + r * ldc + v * W);                                               \
                *out = first ? acc[r][v] : *out + acc[r][v];                                       \
            }                                                                                      \
    }                                                                                              \
    /* C[r, 0] and C[r, 1] = (row r of A) · (rows 0 and 1 of B) for r < R */                     \
    ALWAYS_INLINE void name##_nt_tile(int R, const T *a, size_t lda, const T *b, size_t ldb,      \
                                      size_t k, T *c, size_t ldc) {                               \
        V acc[GROUP][2];                                                                           \
        for (int r = 0; r < GROUP; r++) acc[r][0] = acc[r][1] = (V){0};                            \
        size_t p = 0;                                                                              \
        for (; p + W <= k; p += W) {                                                               \
            V x0 = *(const V *)(b + p), x1 = *(const V *)(b + ldb + p);                            \
            for (int r = 0; r < R; r++) {                                                          \
                V y = *(const V *)(a + r * lda + p);                                               \
                acc[r][0] = __builtin_elementwise_fma(y, x0, acc[r][0]);                           \
                acc[r][1] = __builtin_elementwise_fma(y, x1, acc[r][1]);                           \
            }                                                                                      \
        }                                                                                          \
        T sums[2 * GROUP];                                                                         \
        REDUCE_TILE(acc, R, sums);                                                                 \
        for (int r = 0; r < R; r++)                                                                \
            for (int q = 0; q < 2; q++) {                                                          \
                T s = sums[2 * r + q];                                                             \
                for (size_t t = p; t < k; t++) s = __builtin_fmaf(a[r * lda + t], b[q * ldb + t], s); \
                c[r * ldc + q] = s;                                                                \
            }                                                                                      \
    }                                                                                              \
    /* One row of B (NT) at a time: the same sums as in a tile. */                                \
    ALWAYS_INLINE void name##_nt_row(size_t m, size_t k, const T *a, size_t lda, const T *b,      \
                                     T *c, size_t ldc) {                                          \
        for (size_t r = 0; r < m; r++) {                                                           \
            V acc = (V){0};                                                                        \
            size_t p = 0;                                                                          \
            for (; p + W <= k; p += W)                                                             \
                acc = __builtin_elementwise_fma(*(const V *)(a + r * lda + p), *(const V *)(b + p), acc); \
            T s = REDUCE(acc);                                                                     \
            for (; p < k; p++) s = __builtin_fmaf(a[r * lda + p], b[p], s);                   \
            c[r * ldc] = s;                                                                        \
        }                                                                                          \
    }                                                                                              \
    /* C = A · B in tiles of nv vectors of columns and groups of at most max_rows rows. */         \
    ALWAYS_INLINE void name##_nn(int nv, size_t max_rows, size_t m, size_t n, size_t k, const T *a,  \
                                 size_t lda, const T *b, size_t ldb, T *c, size_t ldc) {            \
        /* Rows in equal groups (20 rows, at most 8: 7, 7, 6 rather than 8, 8, 4). */              \
        size_t groups_ = (m + max_rows - 1) / max_rows, per_ = (m + groups_ - 1) / groups_;        \
        /* The last n % tw columns: copied, zero-padded, into a tile-wide strip, so that they */   \
        /* run in the tiles too (one column at a time is a chain of k dependent operations). */     \
        size_t tw = nv * W, full = n - n % tw, tail = n - full;                                    \
        T tail_b[KC * NV * W], tail_c[NN_THIN_MAX_ROWS * NV * W];                                  \
        for (size_t kb = 0; kb < k; kb += KC) {                                                    \
            size_t kk = MIN(KC, k - kb);                                                           \
            for (size_t j = 0; j < full; j += tw)                                                  \
                for (size_t i = 0; i < m; i += per_)                                              \
                    DISPATCH_ROWS(MIN(per_, m - i), name##_nn_tile, nv, a + i * lda + kb, lda,    \
                                  b + kb * ldb + j, ldb, kk, c + i * ldc + j, ldc, kb == 0);       \
            if (tail == 0) continue;                                                               \
            for (size_t p = 0; p < kk; p++)                                                        \
                for (size_t t = 0; t < tw; t++) tail_b[p * tw + t] = t < tail ? b[(kb + p) * ldb + full + t] : 0; \
            for (size_t i = 0; i < m; i += per_)                                                  \
                DISPATCH_ROWS(MIN(per_, m - i), name##_nn_tile, nv, a + i * lda + kb, lda, tail_b, tw, kk, \
                              tail_c + i * tw, tw, kb == 0);                                       \
        }                                                                                          \
        for (size_t r = 0; r < m && tail > 0; r++)                                                 \
            for (size_t t = 0; t < tail; t++) c[r * ldc + full + t] = tail_c[r * tw + t];          \
    }                                                                                              \
    TARGET int thin_##name(int transB, size_t m, size_t n, size_t k, const T *a, size_t lda,       \
                           const T *b, size_t ldb, T *c, size_t ldc) {                            \
        if (m > NN_THIN_MAX_ROWS) return 0;                                                        \
        if (!transB) {                                                                             \
            /* Up to GROUP rows fit one group of one-vector tiles; more rows go in groups of */     \
            /* NN_ROWS with NV vectors per row, which load B less often per multiply-add. */        \
            if (NV > 1 && m > GROUP) name##_nn(NV, NN_ROWS, m, n, k, a, lda, b, ldb, c, ldc);      \
            else name##_nn(1, GROUP, m, n, k, a, lda, b, ldb, c, ldc);                             \
        } else {                                                                                   \
            size_t groups_ = (m + NT_ROWS - 1) / NT_ROWS, per_ = (m + groups_ - 1) / groups_;      \
            size_t j = 0;                                                                          \
            for (; j + 2 <= n; j += 2)                                                             \
                for (size_t i = 0; i < m; i += per_)                                              \
                    DISPATCH_ROWS(MIN(per_, m - i), name##_nt_tile, a + i * lda, lda, b + j * ldb, ldb, k,    \
                                  c + i * ldc + j, ldc);                                           \
            if (j < n) name##_nt_row(m, k, a, lda, b + j * ldb, c + j, ldc);                       \
        }                                                                                          \
        return 1;                                                                                  \
    }

/// Calls `tile` with a constant row count (min(rows, GROUP)), so that its loops unroll into registers.
#define DISPATCH_ROWS(rows, tile, ...)                        \
    switch ((rows) < GROUP ? (rows) : GROUP) {                \
    case 1: tile(1, __VA_ARGS__); break;                      \
    case 2: tile(2, __VA_ARGS__); break;                      \
    case 3: tile(3, __VA_ARGS__); break;                      \
    case 4: tile(4, __VA_ARGS__); break;                      \
    case 5: tile(5, __VA_ARGS__); break;                      \
    case 6: tile(6, __VA_ARGS__); break;                      \
    case 7: tile(7, __VA_ARGS__); break;                      \
    default: tile(8, __VA_ARGS__); break;                     \
    }

typedef float f32x16 __attribute__((vector_size(64), aligned(4)));
typedef float f32x8 __attribute__((vector_size(32), aligned(4)));
typedef float f32x4 __attribute__((vector_size(16), aligned(4)));

// Reductions as statement macros: functions taking wide vectors would need the builds' targets.
#define SUM_F32X4(v) ({ f32x4 v4_ = (v); (v4_[0] + v4_[2]) + (v4_[1] + v4_[3]); })
#define SUM_F32X8(v) ({ f32x8 v8_ = (v); \
    SUM_F32X4(__builtin_shufflevector(v8_, v8_, HALVES_8) + __builtin_shufflevector(v8_, v8_, UPPER_8)); })
#define SUM_F32X16(v) ({ f32x16 v16_ = (v); \
    SUM_F32X8(__builtin_shufflevector(v16_, v16_, HALVES_16) + __builtin_shufflevector(v16_, v16_, UPPER_16)); })


// The 16 dot products of an A · Bᵀ tile (acc[r][q], 8 rows × 2 columns) reduced together: each step
// adds the halves of two vectors' lane groups into one vector, so 16 vectors take 15 additions and
// 30 shuffles instead of 16 separate reductions. Each sum is formed in the same order as SUM_* (lane
// l with l + W/2, then l + W/4, ...), so a tile and a lone row give the same bits. After the last
// step, lane L holds the sum of vector bitreverse(L).
#define STEP(x, y, ...) (__builtin_shufflevector(x, y, __VA_ARGS__))
#define TREE_F32X16(acc, R, sums) do {                                                              \
    f32x16 w_[8], u_[4], z_[2];                                                                    \
    for (int i = 0; i < 8; i++) {                                                                  \
        f32x16 a_ = acc[i][0], b_ = acc[i][1];                                                     \
        w_[i] = STEP(a_, b_, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23)               \
              + STEP(a_, b_, 8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31);        \
    }                                                                                              \
    for (int i = 0; i < 4; i++)                                                                    \
        u_[i] = STEP(w_[2 * i], w_[2 * i + 1], 0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27) \
              + STEP(w_[2 * i], w_[2 * i + 1], 4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31); \
    for (int i = 0; i < 2; i++)                                                                    \
        z_[i] = STEP(u_[2 * i], u_[2 * i + 1], 0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29) \
              + STEP(u_[2 * i], u_[2 * i + 1], 2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31); \
    f32x16 all_ = STEP(z_[0], z_[1], 0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30)   \
                + STEP(z_[0], z_[1], 1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31);  \
    static const int lane_[16] = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};          \
    for (int i = 0; i < 2 * (R); i++) (sums)[i] = all_[lane_[i]];                                  \
} while (0)
/// Eight vectors of 8 lanes at a time (AVX2): lane L holds the sum of vector bitreverse3(L).
#define TREE_F32X8(acc, R, sums) do {                                                               \
    for (int h = 0; h < 2; h++) {                                                                  \
        f32x8 w_[4], u_[2];                                                                        \
        for (int i = 0; i < 4; i++) {                                                              \
            f32x8 a_ = acc[4 * h + i][0], b_ = acc[4 * h + i][1];                                  \
            w_[i] = STEP(a_, b_, 0, 1, 2, 3, 8, 9, 10, 11) + STEP(a_, b_, 4, 5, 6, 7, 12, 13, 14, 15); \
        }                                                                                          \
        for (int i = 0; i < 2; i++)                                                                \
            u_[i] = STEP(w_[2 * i], w_[2 * i + 1], 0, 1, 8, 9, 4, 5, 12, 13)                       \
                  + STEP(w_[2 * i], w_[2 * i + 1], 2, 3, 10, 11, 6, 7, 14, 15);                    \
        f32x8 all_ = STEP(u_[0], u_[1], 0, 8, 2, 10, 4, 12, 6, 14) + STEP(u_[0], u_[1], 1, 9, 3, 11, 5, 13, 7, 15); \
        static const int lane_[8] = {0, 4, 2, 6, 1, 5, 3, 7};                                      \
        for (int i = 0; i < 8; i++) (sums)[8 * h + i] = all_[lane_[i]];                            \
    }                                                                                              \
} while (0)

typedef int thin_float(int, size_t, size_t, size_t, const float *, size_t, const float *, size_t, float *, size_t);

#if defined(__x86_64__) && defined(__linux__) && defined(__clang__)

#define HIDDEN __attribute__((visibility("hidden")))
#define AVX512 HIDDEN __attribute__((target("arch=x86-64-v4")))
#define AVX2 HIDDEN __attribute__((target("arch=x86-64-v3")))

// Tile shapes, by build: vectors of C's columns per A · B tile, then rows per A · B and A · Bᵀ
// tile. AVX-512 has 32 vector registers: 8 rows of one vector, 16 accumulators for A · Bᵀ. AVX2 has
// 16: 8 rows × 2 accumulators spilled (A · Bᵀ with 20 rows took twice as long on Zen 3), so 6 rows;
// A · B with more than 8 rows takes two vectors per row in groups of 6 (12 accumulators), which loads
// B half as often per multiply-add (20 rows: 1.8 against 2.0–2.6 ms on Zen 3).
enum { LANES_512 = 16, VECTORS_512 = 1, LANES_256 = 8, VECTORS_256 = 2 };
THIN_KERNELS(float, f32_512, LANES_512, AVX512, f32x16, SUM_F32X16, TREE_F32X16, VECTORS_512, 8, 8)
THIN_KERNELS(float, f32_256, LANES_256, AVX2, f32x8, SUM_F32X8, TREE_F32X8, VECTORS_256, 6, 6)

static int thin_none_float(int t, size_t m, size_t n, size_t k, const float *a, size_t lda, const float *b,
                           size_t ldb, float *c, size_t ldc) { return 0; }

/// 2 with AVX-512, 1 with AVX2 and FMA, else 0 (as CVectorMath decides). Only compiler builtins:
/// it runs in ifunc resolvers, before relocations.
static int current_build(void) {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512cd")
        && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl")) return 2;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
    return 0;
}

static thin_float *resolve_float(void) {
    int build = current_build();
    return build == 2 ? thin_f32_512 : build == 1 ? thin_f32_256 : thin_none_float;
}
int nn_thin_product_float(int, size_t, size_t, size_t, const float *, size_t, const float *, size_t, float *, size_t)
    __attribute__((ifunc("resolve_float")));

size_t nn_thin_product_tile_columns_float(void) {
    int build = current_build();
    return build == 2 ? LANES_512 * VECTORS_512 : build == 1 ? LANES_256 * VECTORS_256 : 0;
}

#else

// Elsewhere BLAS does every product.
int nn_thin_product_float(int t, size_t m, size_t n, size_t k, const float *a, size_t lda, const float *b,
                          size_t ldb, float *c, size_t ldc) { return 0; }
size_t nn_thin_product_tile_columns_float(void) { return 0; }

#endif
