"""The course's workloads in JAX, two ways a practitioner writes them.

  jit   one training step under `jax.jit`, called from a Python loop (the usual JAX code);
  fori  the whole loop in one `jax.jit` of `lax.fori_loop` (JAX's best case: XLA sees every iteration).

Excluded from the time: tracing and XLA compilation (ahead of time, `.lower().compile()`) and one warm-up
call (one step, or a one-iteration loop) that starts XLA's thread pool and touches the buffers. The timed
span starts again from the initial parameters and ends with `block_until_ready` on the result.
XLA_FLAGS (threads) and float64 (`jax_enable_x64`) must be set before this module is imported.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
from jax import lax


class JaxOps:
    """numpy's names for what course_math uses, on jax.numpy."""
    dot = staticmethod(jnp.dot)
    exp = staticmethod(jnp.exp)
    log = staticmethod(jnp.log)
    tanh = staticmethod(jnp.tanh)

    @staticmethod
    def sum(x, axis=None, keepdims=False):
        return jnp.sum(x, axis=axis, keepdims=keepdims)

    @staticmethod
    def amax(x, axis=None, keepdims=False):
        return jnp.max(x, axis=axis, keepdims=keepdims)

    @staticmethod
    def relu(z):
        return jnp.maximum(0, z)


def to_device(tree, dtype):
    return jax.tree_util.tree_map(lambda a: jnp.asarray(a, dtype=dtype), tree)


def train_jit(state, data, step, iterations, clock, opaque_data=False):
    """Python loop over a jitted step; returns (final state, last cost, seconds, cpu seconds)."""
    compiled = jax.jit(lambda s, d: step(JaxOps, s, d)).lower(state, data).compile()
    jax.block_until_ready(compiled(state, data))            # warm-up, excluded
    start = clock.start()
    s, cost = state, None
    for _ in range(iterations):
        s, cost = compiled(s, data)
    jax.block_until_ready((s, cost))
    seconds, cpu = clock.stop(start)
    return s, cost, seconds, cpu


def train_fori(state, data, step, iterations, clock, opaque_data=False):
    """The whole loop in lax.fori_loop under one jit; the iteration count is an argument, so the
    warm-up (one iteration) and the timed run use the same compiled program. `opaque_data`: the data
    pass through an optimization barrier together with the iteration number, so that XLA sees them
    change every iteration and cannot hoist a step that does not depend on the carry (the repeated
    matrix product) out of the loop and do it once (the barrier itself costs nothing at run time)."""
    def loop(s, d, n):
        def body(i, carry):
            s_, _cost = carry
            d_ = lax.optimization_barrier((d, i))[0] if opaque_data else d
            return step(JaxOps, s_, d_)
        _, first_cost = jax.eval_shape(lambda: step(JaxOps, s, d))
        return lax.fori_loop(0, n, body, (s, jnp.zeros(first_cost.shape, first_cost.dtype)))

    n_type = jnp.asarray(iterations)
    compiled = jax.jit(loop).lower(state, data, n_type).compile()
    jax.block_until_ready(compiled(state, data, jnp.asarray(1)))   # warm-up, excluded
    start = clock.start()
    s, cost = compiled(state, data, jnp.asarray(iterations))
    jax.block_until_ready((s, cost))
    seconds, cpu = clock.stop(start)
    return s, cost, seconds, cpu


VARIANTS = {"jit": train_jit, "fori": train_fori}


def run(state_np, data_np, step, final_cost, iterations, variant, dtype, clock, opaque_data=False):
    """Trains with `variant` and returns (seconds, cpu seconds, final cost, last training cost)."""
    jdtype = jnp.float64 if dtype == "float64" else jnp.float32
    state, data = to_device(state_np, jdtype), to_device(data_np, jdtype)
    s, cost, seconds, cpu = VARIANTS[variant](state, data, step, iterations, clock, opaque_data)
    final = jax.jit(lambda s_, d_: final_cost(JaxOps, s_, d_))(s, data)
    return seconds, cpu, float(final), float(cost)
