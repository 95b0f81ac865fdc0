#include "ExecutorSupport.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#define SWIFTCC __attribute__((swiftcall))

typedef struct Job Job;

// The hooks and entry point of libswift_Concurrency (see the runtime's ConcurrencyHooks.def).
// A SerialExecutorRef is two words, passed as two arguments; the generic executor is {0, 0}.
typedef SWIFTCC void (*EnqueueOriginal)(Job *job);
typedef SWIFTCC void (*EnqueueDelayOriginal)(unsigned long long delay, Job *job);
typedef SWIFTCC void (*EnqueueDeadlineOriginal)(long long sec, long long nsec, long long tsec, long long tnsec,
                                                int clock, Job *job);
extern SWIFTCC void (*swift_task_enqueueGlobal_hook)(Job *job, EnqueueOriginal original);
extern SWIFTCC void (*swift_task_enqueueGlobalWithDelay_hook)(unsigned long long delay, Job *job,
                                                             EnqueueDelayOriginal original);
extern SWIFTCC void (*swift_task_enqueueGlobalWithDeadline_hook)(long long sec, long long nsec, long long tsec,
                                                                long long tnsec, int clock, Job *job,
                                                                EnqueueDeadlineOriginal original);
extern SWIFTCC void swift_job_run(Job *job, void *executorIdentity, uintptr_t executorImplementation);

typedef struct Node {
    Job *job;
    struct Node *next;
} Node;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t available = PTHREAD_COND_INITIALIZER;
static Node *head = NULL;
static Node *tail = NULL;
static int threadCount = 2;
static int running = 0;

static void push(Job *job) {
    Node *node = malloc(sizeof(Node));
    node->job = job;
    node->next = NULL;
    pthread_mutex_lock(&lock);
    if (tail) tail->next = node; else head = node;
    tail = node;
    pthread_cond_signal(&available);
    pthread_mutex_unlock(&lock);
}

static void *work(void *unused) {
    (void)unused;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!head) pthread_cond_wait(&available, &lock);
        Node *node = head;
        head = node->next;
        if (!head) tail = NULL;
        running++;
        pthread_mutex_unlock(&lock);
        Job *job = node->job;
        free(node);
        swift_job_run(job, NULL, 0);
        pthread_mutex_lock(&lock);
        running--;
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}

typedef struct {
    Job *job;
    struct timespec wait;
} Delayed;

static void *sleepThenPush(void *argument) {
    Delayed *delayed = argument;
    while (nanosleep(&delayed->wait, &delayed->wait) != 0) {}
    push(delayed->job);
    free(delayed);
    return NULL;
}

static void pushLater(Job *job, long long nanoseconds) {
    if (nanoseconds <= 0) { push(job); return; }
    Delayed *delayed = malloc(sizeof(Delayed));
    delayed->job = job;
    delayed->wait.tv_sec = nanoseconds / 1000000000LL;
    delayed->wait.tv_nsec = nanoseconds % 1000000000LL;
    pthread_t thread;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&thread, &attributes, sleepThenPush, delayed) != 0) { free(delayed); push(job); }
    pthread_attr_destroy(&attributes);
}

static SWIFTCC void enqueue(Job *job, EnqueueOriginal original) {
    (void)original;
    push(job);
}

static SWIFTCC void enqueueWithDelay(unsigned long long delay, Job *job, EnqueueDelayOriginal original) {
    (void)original;
    pushLater(job, (long long)delay);
}

static SWIFTCC void enqueueWithDeadline(long long sec, long long nsec, long long tsec, long long tnsec, int clock,
                                        Job *job, EnqueueDeadlineOriginal original) {
    (void)original; (void)tsec; (void)tnsec;
    // Swift's clock 1 is the continuous clock (CLOCK_BOOTTIME on Linux), 2 the suspending one.
    struct timespec now;
    clock_gettime(clock == 1 ? CLOCK_BOOTTIME : CLOCK_MONOTONIC, &now);
    long long remaining = (sec - (long long)now.tv_sec) * 1000000000LL + (nsec - (long long)now.tv_nsec);
    pushLater(job, remaining);
}

static void startThreads(void) {
    for (int index = 0; index < threadCount; index++) {
        pthread_t thread;
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attributes, 8 << 20);
        pthread_create(&thread, &attributes, work, NULL);
        pthread_attr_destroy(&attributes);
    }
}

void swift_kernel_install_global_executor(int threads) {
    threadCount = threads > 0 ? threads : 2;
    startThreads();
    swift_task_enqueueGlobal_hook = enqueue;
    swift_task_enqueueGlobalWithDelay_hook = enqueueWithDelay;
    swift_task_enqueueGlobalWithDeadline_hook = enqueueWithDeadline;
}

int swift_kernel_global_executor_idle(void) {
    pthread_mutex_lock(&lock);
    int idle = head == NULL && running == 0;
    pthread_mutex_unlock(&lock);
    return idle;
}

void swift_kernel_restart_global_executor(void) {
    // The lock may have been held by a thread that does not exist in this process, and the jobs that
    // were running went with their threads.
    pthread_mutex_t freshLock = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t freshCondition = PTHREAD_COND_INITIALIZER;
    lock = freshLock;
    available = freshCondition;
    running = 0;
    startThreads();
}
