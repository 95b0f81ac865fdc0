// The process that runs cells. It is started by the cell engine and talks to it on a socket at fd 3
// (see `ExecutorLoop`); fds 1 and 2 are the cells' output, nothing else.
#if canImport(Glibc)
import Glibc
#endif
import CExecutorSupport
import Foundation

setvbuf(stdout, nil, _IOLBF, 0)
setvbuf(stderr, nil, _IONBF, 0)
// Interrupts are the engine's business: it stops a cell by ending the process that runs it.
signal(SIGINT, SIG_IGN)
// Async cells run on a pool this process owns, which a snapshot can restart after taking over.
swift_kernel_install_global_executor(Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
// Main-actor jobs and `DispatchQueue.main` run on this thread, between and after a cell's statements.
swift_kernel_install_main_executor()

let arguments = CommandLine.arguments
guard let preludeIndex = arguments.firstIndex(of: "--prelude"), preludeIndex + 1 < arguments.count else {
    fputs("usage: swift-cell-executor --prelude /path/to/libNotebookPrelude.so\n", stderr)
    exit(2)
}
do {
    var loop = try ExecutorLoop(preludePath: arguments[preludeIndex + 1])
    loop.run()
} catch {
    fputs("swift-cell-executor: \(error)\n", stderr)
    exit(1)
}
