#if canImport(Glibc)
import Glibc
#endif

/// A forked copy of the executor, frozen, that holds the notebook's state in case the live process dies.
///
/// The live process keeps one snapshot at all times: the state after the last completed cell. It talks
/// to it over a pipe that only the live process writes: `a` arms it, `r` and a cell number say a cell
/// is running, `i` that none is, `d` discards it. When the live process dies (its copy of the pipe
/// closes) an armed snapshot takes over; an unarmed one, made moments before, just ends, since the one
/// it was to replace is still there.
struct Snapshot {
    let pid: pid_t
    private let verdict: Int32

    /// What `fork()` returned to the process it returned in.
    enum Fork {
        /// In the live process: the new snapshot, not armed yet.
        case made(Snapshot)
        /// In the snapshot, once the live process has died: it is now the live process.
        case tookOver(runningCell: Int?)
        /// No snapshot could be made (no memory, no processes left): a crash will lose the state.
        case failed
    }

    /// Forks a snapshot of this process. The snapshot blocks in this call until it is discarded (it
    /// exits) or must take over (it returns `.tookOver`).
    static func fork() -> Fork {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return .failed }
        // Neither end may reach a program a cell runs, or the snapshot would wait on it too.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let child = Glibc.fork()
        if child < 0 {
            close(ends[0]); close(ends[1])
            return .failed
        }
        if child == 0 {
            close(ends[1])
            return .tookOver(runningCell: waitForVerdict(ends[0]))
        }
        close(ends[0])
        return .made(Snapshot(pid: child, verdict: ends[1]))
    }

    func arm() { send([UInt8(ascii: "a")]) }

    func cellStarted(_ cell: Int) {
        let number = UInt32(truncatingIfNeeded: cell)
        send([UInt8(ascii: "r"), UInt8(number >> 24), UInt8(number >> 16 & 0xff), UInt8(number >> 8 & 0xff), UInt8(number & 0xff)])
    }

    func cellEnded() { send([UInt8(ascii: "i")]) }

    /// Tells the snapshot to end; its exit is collected later (see `DiscardedSnapshots`).
    func discard() {
        send([UInt8(ascii: "d")])
        close(verdict)
        DiscardedSnapshots.add(pid)
    }

    private func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(verdict, $0.baseAddress, $0.count) }
    }

    /// In the snapshot: reads the live process's messages; returns (the running cell, if any) when the
    /// live process has died, or exits when discarded.
    private static func waitForVerdict(_ descriptor: Int32) -> Int? {
        var armed = false
        var running: Int?
        while true {
            guard let byte = readByte(descriptor) else { break }
            switch byte {
            case UInt8(ascii: "d"): _exit(0)
            case UInt8(ascii: "a"): armed = true
            case UInt8(ascii: "i"): running = nil
            case UInt8(ascii: "r"):
                var number = 0
                for _ in 0..<4 { number = number << 8 | Int(readByte(descriptor) ?? 0) }
                running = number
            default: break
            }
        }
        close(descriptor)
        if !armed { _exit(0) }
        return running
    }

    private static func readByte(_ descriptor: Int32) -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }
}

/// Snapshots told to go away whose exit has not been collected yet.
///
/// Only these process ids are waited for, never any child: a cell's own child processes belong to it.
enum DiscardedSnapshots {
    nonisolated(unsafe) private static var pending: [pid_t] = []

    static func add(_ pid: pid_t) { pending.append(pid) }

    /// In a process that takes over: the list is its dead parent's, whose children are not its own.
    static func forgetAll() { pending.removeAll() }

    /// Collects those that have exited, without waiting.
    static func reap() {
        pending.removeAll { pid in
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            return result == pid || (result < 0 && errno == ECHILD)
        }
    }
}
