#if canImport(Glibc)
import Glibc
#endif
import CellChannel
import Foundation

/// The way between a cell and the kernel: events out (output, displays, results, input requests),
/// commands in.
///
/// Everything travels on a socket of its own (`SWIFT_KERNEL_CHANNEL_FD`). What a cell writes to fds 1 and
/// 2 goes into pipes whose other ends this channel reads and forwards as output messages, so output is
/// only ever output, whatever its bytes; and since every event first forwards what the pipes hold, the
/// notebook shows output and events in the order the cell produced them. Outside the kernel (in a unit
/// test, say) there is no channel and events are dropped.
public final class KernelChannel: @unchecked Sendable {
    /// The channel of this process, if it runs inside the kernel's executor.
    public static let shared = KernelChannel()

    private let descriptor: Int32?
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var sequence: UInt32 = 0
    private var outputPipes: [Int32] = []
    private var unfinishedOutput: [[UInt8]] = [[], []]
    /// A pipe to copy output into with `tee`, which leaves it in the output pipe until it has been sent.
    private var scratch: (read: Int32, write: Int32) = (-1, -1)
    /// Where output goes instead of the notebook (an `Output` widget that captures), innermost last.
    private var redirects: [OutputRedirect] = []

    private init() {
        descriptor = ProcessInfo.processInfo.environment["SWIFT_KERNEL_CHANNEL_FD"].flatMap { Int32($0) }
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        reseed()
    }

    /// Whether this process runs inside the kernel, with a frontend to talk to.
    public var isConnected: Bool { descriptor != nil }

    /// Sends one event to the kernel, after everything printed before it.
    public func send(_ event: ExecutorEvent) {
        guard descriptor != nil else { return }
        fflush(nil)
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        forwardOutputLocked()
        sendLocked(event)
    }

    /// From now until ``endRedirect(_:)``, output (text, displays, clears) goes to `redirect`. What was
    /// written before goes where it was going.
    func beginRedirect(_ redirect: OutputRedirect) {
        guard descriptor != nil else { return }
        fflush(nil)
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        forwardOutputLocked()
        redirects.append(redirect)
    }

    /// Ends ``beginRedirect(_:)``, after handing `redirect` what was written until now.
    func endRedirect(_ redirect: OutputRedirect) {
        guard descriptor != nil else { return }
        fflush(nil)
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        forwardOutputLocked()
        if let index = redirects.lastIndex(where: { $0 === redirect }) { redirects.remove(at: index) }
    }

    /// Reads the next command from the kernel, or `nil` once the kernel has gone away.
    public func readCommand() -> EngineCommand? {
        guard let descriptor else { return nil }
        return try? FrameChannel.receive(EngineCommand.self, from: descriptor)
    }

    // MARK: - For the executor

    /// Starts forwarding what is written into the pipes whose read ends are `stdout` and `stderr`.
    func forwardOutput(stdout: Int32, stderr: Int32) {
        outputPipes = [stdout, stderr]
        for pipe in outputPipes { _ = fcntl(pipe, F_SETFL, fcntl(pipe, F_GETFL) | O_NONBLOCK) }
        makeScratchPipe()
        startForwarder()
    }

    /// Starts the thread that forwards output while no event does (again, in a process made by `fork`).
    func startForwarder() {
        guard !outputPipes.isEmpty else { return }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        if pthread_create(&thread, nil, { context in
            let channel = Unmanaged<KernelChannel>.fromOpaque(context!).takeRetainedValue()
            channel.forwardForever()
            return nil
        }, context) == 0 {
            pthread_detach(thread)
        }
    }

    func lockForFork() { pthread_mutex_lock(lock) }
    func unlockAfterFork() { pthread_mutex_unlock(lock) }

    /// In a process made by `fork` that now runs cells. A copy made at a trap, inside a signal handler,
    /// did not take the lock first: another thread may have held it, so it starts afresh.
    func takeOver() {
        pthread_mutex_init(lock, nil)
        redirects.removeAll()
        reseed()
        makeScratchPipe()
        startForwarder()
    }

    /// A fresh scratch pipe: one inherited from a process that died may hold a copy it never read.
    private func makeScratchPipe() {
        if scratch.read >= 0 { close(scratch.read); close(scratch.write) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { scratch = (-1, -1); return }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        scratch = (ends[0], ends[1])
    }

    /// Message numbers start from the process id, so that a process that takes over never continues a
    /// message its dead predecessor left unfinished.
    func reseed() { sequence = UInt32(truncatingIfNeeded: getpid()) &* 2_654_435_761 }

    // MARK: - Forwarding

    private func forwardForever() {
        var fds = outputPipes.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            if poll(&fds, nfds_t(fds.count), -1) < 0 && errno != EINTR { return }
            pthread_mutex_lock(lock)
            forwardOutputLocked()
            pthread_mutex_unlock(lock)
        }
    }

    /// Sends what the output pipes hold. Bytes leave a pipe only once they have been sent: they are
    /// copied out with `tee` first, so that when this process dies mid-way (a crash report is being
    /// written just then, and the runtime stops every thread), the process that takes over finds them
    /// still in the pipe. At worst a few lines show twice; none are lost.
    private func forwardOutputLocked() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        for (index, pipe) in outputPipes.enumerated() {
            while true {
                let copied = Self.tee(pipe, scratch.write, buffer.count, Self.spliceNonBlocking)
                var count = 0
                if copied > 0 {
                    while count < copied {
                        let got = buffer[count...].withUnsafeMutableBytes { read(scratch.read, $0.baseAddress, copied - count) }
                        if got <= 0 { break }
                        count += got
                    }
                } else if copied < 0 && errno != EAGAIN && errno != EINTR {
                    // No scratch pipe to copy into: read directly, and lose what a crash interrupts.
                    count = max(0, read(pipe, &buffer, buffer.count))
                    guard count > 0 else { break }
                    unfinishedOutput[index] += buffer[..<count]
                    sendWholeCharacters(index)
                    continue
                } else {
                    break
                }
                unfinishedOutput[index] += buffer[..<count]
                sendWholeCharacters(index)
                // Now that they are sent, take the bytes out of the pipe.
                var consumed = 0
                while consumed < count {
                    let got = buffer.withUnsafeMutableBytes { read(pipe, $0.baseAddress, count - consumed) }
                    if got <= 0 { break }
                    consumed += got
                }
            }
        }
    }

    /// Sends the output of stream `index` held so far, except an unfinished UTF-8 character at its end.
    private func sendWholeCharacters(_ index: Int) {
        let pending = unfinishedOutput[index]
        let whole = utf8Boundary(pending, upTo: pending.count)
        guard whole > 0 else { return }
        sendLocked(.output(stderr: index == 1, text: String(decoding: pending[..<whole], as: UTF8.self)))
        unfinishedOutput[index] = Array(pending[whole...])
    }

    private static let spliceNonBlocking: UInt32 = 2
    /// Linux's `tee(2)`, which the Glibc module does not declare without `_GNU_SOURCE`.
    private static let tee: @convention(c) (Int32, Int32, Int, UInt32) -> Int = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "tee") else {
            fatalError("libc has no tee(2)")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32, Int, UInt32) -> Int).self)
    }()

    private func sendLocked(_ event: ExecutorEvent) {
        if let redirect = redirects.last, let replacement = redirect.redirect(event) {
            for event in replacement { sendDirectlyLocked(event) }
        } else {
            sendDirectlyLocked(event)
        }
    }

    private func sendDirectlyLocked(_ event: ExecutorEvent) {
        guard let descriptor else { return }
        sequence &+= 1
        try? FrameChannel.send(event, sequence: sequence, on: descriptor)
    }
}

/// Takes a cell's output instead of the notebook (see `KernelChannel.beginRedirect`).
///
/// Called with the channel's lock held: it must not send through the channel itself, and returns the
/// events to send in place of `event` (a widget's state update), or `nil` to let `event` through.
protocol OutputRedirect: AnyObject {
    func redirect(_ event: ExecutorEvent) -> [ExecutorEvent]?
}

/// The executor sends its own events through this, so that they share the cells' lock and ordering.
@_cdecl("swift_kernel_channel_send_json")
public func _channelSendJSON(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    let data = Data(UnsafeBufferPointer(start: bytes, count: count))
    guard let event = try? JSONDecoder().decode(ExecutorEvent.self, from: data) else { return }
    KernelChannel.shared.send(event)
}

/// The executor hands over the read ends of the pipes it made fds 1 and 2.
@_cdecl("swift_kernel_channel_forward_output")
public func _channelForwardOutput(_ stdout: Int32, _ stderr: Int32) {
    KernelChannel.shared.forwardOutput(stdout: stdout, stderr: stderr)
}

/// Around `fork`: the channel's lock is taken so that no other thread holds it in the copy.
@_cdecl("swift_kernel_channel_prepare_fork")
public func _channelPrepareFork() { KernelChannel.shared.lockForFork() }

/// After `fork`, in both processes.
@_cdecl("swift_kernel_channel_finish_fork")
public func _channelFinishFork() { KernelChannel.shared.unlockAfterFork() }

/// In a process that has taken over after its predecessor died: number messages afresh and forward
/// output again (the forwarding thread stayed behind).
@_cdecl("swift_kernel_channel_take_over")
public func _channelTakeOver() { KernelChannel.shared.takeOver() }
