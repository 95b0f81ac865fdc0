#ifndef EXECUTOR_SUPPORT_H
#define EXECUTOR_SUPPORT_H

/// Routes Swift concurrency's global executor to a thread pool owned by the executor process.
///
/// The runtime's own pool (libdispatch's) does not survive `fork`: a forked snapshot that takes over
/// after a crash has none of its threads, and every `await` would hang. This pool can be restarted.
void swift_kernel_install_global_executor(int threads);

/// Restarts the pool's threads in a forked process (call in the snapshot when it takes over).
void swift_kernel_restart_global_executor(void);

#endif
