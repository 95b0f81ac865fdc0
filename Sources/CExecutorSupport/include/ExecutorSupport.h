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

/// A cell library's entry point (its `main`).
typedef int (*CellMain)(int, char **);

/// Runs a cell's top-level code on this thread. Returns 0 when it returns. When it traps (SIGILL or
/// SIGTRAP on this thread), the process forks: the original dies with the runtime's crash report, and
/// in the copy this call returns the signal number, with the cell's work up to the trap in place.
int swift_kernel_run_cell(CellMain entry);

/// In the copy made by a trap: waits until the original process has ended (its crash report written).
void swift_kernel_wait_for_trapped_parent(void);

/// Points fds 1 and 2 back at `savedOutput` and `savedError` (-1: leave it) and replaces `stdout` and
/// `stderr` with fresh streams where a cell closed them or left them locked, or always with `replace`.
void swift_kernel_reopen_standard_streams(int savedOutput, int savedError, int replace);

/// Whether the cooperative pool has no job queued or running (jobs sleeping in `Task.sleep` excepted).
int swift_kernel_global_executor_idle(void);

#endif
