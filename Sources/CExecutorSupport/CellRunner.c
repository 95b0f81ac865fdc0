#define _GNU_SOURCE
#include "ExecutorSupport.h"

#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// A Swift runtime trap (a failed precondition, an overflow, an index out of range, a nil unwrap) is an
// illegal instruction on the thread that runs the cell. The handler below forks there: the copy jumps
// back out of the cell with everything the cell did so far, and the original goes on to die with the
// runtime's usual crash report. The executor then decides whether the copy may carry on.

// Hands the thread's tracked exclusivity accesses to `state` and leaves the thread with none (as when a
// task leaves a thread). Called in the copy, before its jump, while the cell's frames that hold the
// accesses are still intact: a cell that trapped inside `array[i] = x` on a global has a modify access
// in progress that no `endAccess` will ever close.
extern void swift_task_exitThreadLocalContext(char *state);

static sigjmp_buf cellStart;
static volatile sig_atomic_t cellRunning = 0;
static pthread_t cellThread;
static struct sigaction previousIllegal, previousTrap;
static int parentWatch = -1;

static void restorePrevious(int signal) {
    sigaction(signal, signal == SIGILL ? &previousIllegal : &previousTrap, NULL);
}

static void onTrap(int signal, siginfo_t *info, void *context) {
    (void)info; (void)context;
    if (!cellRunning || !pthread_equal(pthread_self(), cellThread)) {
        // Not the cell's own thread: let the runtime's handler report it; the snapshot takes over.
        restorePrevious(signal);
        return;
    }
    int watch[2];
    if (pipe2(watch, O_CLOEXEC) != 0) { restorePrevious(signal); return; }
    pid_t copy = fork();
    if (copy == 0) {
        close(watch[1]);
        parentWatch = watch[0];
        cellRunning = 0;
        uintptr_t abandonedAccesses[2] = {0, 0};
        swift_task_exitThreadLocalContext((char *)abandonedAccesses);
        siglongjmp(cellStart, signal);
    }
    close(watch[0]);
    // Returning re-runs the trapping instruction, now under the runtime's handler, which reports the
    // crash and ends this process; the copy learns of it when `watch[1]` closes with the process.
    restorePrevious(signal);
}

static void installHandler(int signal, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = onTrap;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    struct sigaction current;
    sigaction(signal, NULL, &current);
    // Keep the runtime's handler (the backtracer) to hand the trap on to, not a handler of our own.
    if (current.sa_sigaction != onTrap) *previous = current;
    sigaction(signal, &action, NULL);
}

int swift_kernel_run_cell(CellMain entry) {
    installHandler(SIGILL, &previousIllegal);
    installHandler(SIGTRAP, &previousTrap);
    cellThread = pthread_self();
    int trapped = sigsetjmp(cellStart, 1);
    if (trapped != 0) return trapped;
    cellRunning = 1;
    entry(0, NULL);
    cellRunning = 0;
    return 0;
}

void swift_kernel_wait_for_trapped_parent(void) {
    if (parentWatch < 0) return;
    char byte;
    while (read(parentWatch, &byte, 1) != 0) {}
    close(parentWatch);
    parentWatch = -1;
}

void swift_kernel_reopen_standard_streams(int savedOutput, int savedError, int replace) {
    int saved[2] = {savedOutput, savedError};
    FILE **streams[2] = {&stdout, &stderr};
    for (int index = 0; index < 2; index++) {
        int target = index + 1;
        // A cell may have closed or redirected fd 1 or 2: point it back at the kernel's pipe.
        if (saved[index] >= 0) dup2(saved[index], target);
        FILE *stream = *streams[index];
        // After fclose(stdout) the stream has no descriptor; a trap inside print leaves it locked (by
        // this very thread, in the copy a trap makes, so only `replace` can tell). Either way a fresh
        // stream on the same descriptor replaces it; the old one is left alone.
        if (replace || fileno(stream) != target || ftrylockfile(stream) != 0) {
            FILE *fresh = fdopen(target, "w");
            if (fresh) {
                setvbuf(fresh, NULL, index == 0 ? _IOLBF : _IONBF, 0);
                *streams[index] = fresh;
            }
        } else {
            funlockfile(stream);
        }
    }
}
