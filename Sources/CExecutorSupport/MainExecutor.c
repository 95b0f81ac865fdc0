#include "ExecutorSupport.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

// The main actor's jobs, and the main dispatch queue, run on the executor's main thread: the thread that
// runs each cell's top-level code. Nothing else drains them (no `dispatch_main`, no run loop), so the
// main thread does it itself whenever a cell waits (`_runCellAsync`) and when a cell's code returns.

#define SWIFTCC __attribute__((swiftcall))

typedef struct Job Job;
typedef struct {
    void *identity;
    uintptr_t implementation;
} ExecutorRef;

typedef SWIFTCC void (*EnqueueMainOriginal)(Job *job);
extern SWIFTCC void (*swift_task_enqueueMainExecutor_hook)(Job *job, EnqueueMainOriginal original);
extern SWIFTCC ExecutorRef swift_task_getMainExecutor(void);
extern SWIFTCC void swift_job_run(Job *job, void *executorIdentity, uintptr_t executorImplementation);

// libdispatch's hand-off to a run loop (what CoreFoundation uses): an eventfd that becomes readable
// when the main queue has work, and the call that runs that work on the main thread.
extern int _dispatch_get_main_queue_port_4CF(void);
extern void _dispatch_main_queue_callback_4CF(void *unused);

typedef struct MainNode {
    Job *job;
    struct MainNode *next;
} MainNode;

static pthread_mutex_t mainLock = PTHREAD_MUTEX_INITIALIZER;
static MainNode *mainHead = NULL;
static MainNode *mainTail = NULL;
static int wakeDescriptor = -1;
static int dispatchDescriptor = -1;

static void signalWake(void) {
    if (wakeDescriptor < 0) return;
    while (eventfd_write(wakeDescriptor, 1) != 0 && errno == EINTR) {}
}

static SWIFTCC void enqueueMain(Job *job, EnqueueMainOriginal original) {
    (void)original;
    MainNode *node = malloc(sizeof(MainNode));
    node->job = job;
    node->next = NULL;
    pthread_mutex_lock(&mainLock);
    if (mainTail) mainTail->next = node; else mainHead = node;
    mainTail = node;
    pthread_mutex_unlock(&mainLock);
    signalWake();
}

static Job *popMain(void) {
    pthread_mutex_lock(&mainLock);
    MainNode *node = mainHead;
    if (node) {
        mainHead = node->next;
        if (!mainHead) mainTail = NULL;
    }
    pthread_mutex_unlock(&mainLock);
    if (!node) return NULL;
    Job *job = node->job;
    free(node);
    return job;
}

static int isMainThread(void) {
    return (pid_t)syscall(SYS_gettid) == getpid();
}

void swift_kernel_install_main_executor(void) {
    wakeDescriptor = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    dispatchDescriptor = _dispatch_get_main_queue_port_4CF();
    swift_task_enqueueMainExecutor_hook = enqueueMain;
}

void swift_kernel_restart_main_executor(void) {
    // The lock may have been held by a thread that does not exist in this process.
    pthread_mutex_t freshLock = PTHREAD_MUTEX_INITIALIZER;
    mainLock = freshLock;
}

void swift_kernel_wake_main_thread(void) {
    signalWake();
}

/// Drains an eventfd without blocking; returns whether it had been signalled.
static int consume(int descriptor) {
    eventfd_t value = 0;
    return descriptor >= 0 && eventfd_read(descriptor, &value) == 0 && value > 0;
}

int swift_kernel_run_main_jobs(int timeoutMilliseconds) {
    if (!isMainThread() || wakeDescriptor < 0) return -1;
    struct pollfd watched[2] = {
        {.fd = wakeDescriptor, .events = POLLIN, .revents = 0},
        {.fd = dispatchDescriptor, .events = POLLIN, .revents = 0},
    };
    int count = dispatchDescriptor >= 0 ? 2 : 1;
    pthread_mutex_lock(&mainLock);
    int queued = mainHead != NULL;
    pthread_mutex_unlock(&mainLock);
    if (!queued && timeoutMilliseconds != 0) {
        while (poll(watched, (nfds_t)count, timeoutMilliseconds) < 0 && errno == EINTR) {}
    }
    consume(wakeDescriptor);
    int ran = 0;
    // Only the jobs queued now: a job that queues another leaves it for the next call, so a caller
    // can check its own condition in between.
    pthread_mutex_lock(&mainLock);
    MainNode *last = mainTail;
    pthread_mutex_unlock(&mainLock);
    if (last) {
        ExecutorRef main = swift_task_getMainExecutor();
        for (;;) {
            pthread_mutex_lock(&mainLock);
            MainNode *node = mainHead;
            pthread_mutex_unlock(&mainLock);
            if (!node) break;
            int wasLast = node == last;
            Job *job = popMain();
            swift_job_run(job, main.identity, main.implementation);
            ran++;
            if (wasLast) break;
        }
    }
    if (consume(dispatchDescriptor)) {
        _dispatch_main_queue_callback_4CF(NULL);
        ran++;
    }
    return ran;
}
