#ifndef EXECUTOR_SUPPORT_H
#define EXECUTOR_SUPPORT_H

/// Routes Swift concurrency's global executor to a thread pool owned by the executor process.
///
/// The runtime's own pool (libdispatch's) does not survive `fork`: a forked snapshot that takes over
/// after a crash has none of its threads, and every `await` would hang. This pool can be restarted.
void swift_kernel_install_global_executor(int threads);

/// Restarts the pool's threads in a forked process (call in the snapshot when it takes over).
void swift_kernel_restart_global_executor(void);

/// Queues the main actor's jobs for the main thread, which runs them in `swift_kernel_run_main_jobs`;
/// call once, on the main thread, before any cell runs.
void swift_kernel_install_main_executor(void);

/// Resets the main actor's queue lock in a forked process (call in the snapshot when it takes over).
void swift_kernel_restart_main_executor(void);

/// Makes a `swift_kernel_run_main_jobs` that waits on the main thread return (from any thread).
void swift_kernel_wake_main_thread(void);

/// On the main thread: waits up to `timeoutMilliseconds` (-1: no limit, 0: no wait) for main-actor
/// jobs, work on the main dispatch queue or a wake-up, then runs the main-actor jobs queued so far and
/// the main dispatch queue. Returns how many batches ran, or -1 when not called on the main thread.
int swift_kernel_run_main_jobs(int timeoutMilliseconds);

#endif
