import Foundation
import JupyterProtocol
import Synchronization

/// The code this kernel process ran with `store_history`, for `history_request`.
///
/// In memory only: one session (number `ExecutionHistory.session`), line = execution count. Frontends
/// mostly use `tail` (consoles' up-arrow); `range` and `search` follow IPython's meaning.
public final class ExecutionHistory: Sendable {
    /// One executed cell.
    public struct Entry: Sendable, Equatable {
        public var line: Int
        public var input: String
        /// `text/plain` of the cell's result, if any.
        public var output: String?
    }

    /// The session number reported for this process; 0 in requests also means "this session".
    public static let session = 1

    private let entries = Mutex<[Entry]>([])

    public init() {}

    public func record(line: Int, input: String, output: String?) {
        entries.withLock { $0.append(Entry(line: line, input: input, output: output)) }
    }

    /// Forgets everything (an in-place restart starts a new history).
    public func clear() {
        entries.withLock { $0.removeAll() }
    }

    public var all: [Entry] { entries.withLock { $0 } }

    /// The last `n` entries.
    public func tail(_ n: Int) -> [Entry] {
        Array(all.suffix(max(n, 0)))
    }

    /// Lines `start ..< stop` of `session` (stop nil or 0: to the end; negative: counted from the end).
    public func range(session: Int, start: Int, stop: Int?) -> [Entry] {
        guard session == 0 || session == Self.session else { return [] }
        let entries = all
        let last = (entries.last?.line ?? 0) + 1
        let upper: Int = switch stop {
        case .none, .some(0): last
        case .some(let value) where value < 0: last + value
        case .some(let value): value
        }
        return entries.filter { $0.line >= start && $0.line < upper }
    }

    /// Entries whose input matches the glob `pattern` (`*`, `?`, `[...]`), the last `n` if given,
    /// de-duplicated by input (keeping the latest) when `unique`.
    public func search(pattern: String, n: Int?, unique: Bool) -> [Entry] {
        var found = all.filter { fnmatch(pattern, $0.input, 0) == 0 }
        if unique {
            var seen = Set<String>()
            found = found.reversed().filter { seen.insert($0.input).inserted }.reversed()
        }
        if let n, n > 0 { found = Array(found.suffix(n)) }
        return found
    }

    /// Answers a `history_request` content with the reply's `history` list.
    func reply(to content: JSONValue) -> [JSONValue] {
        let output = content["output"]?.boolValue ?? false
        let entries: [Entry]
        switch content["hist_access_type"]?.stringValue ?? "tail" {
        case "range":
            entries = range(session: content["session"]?.intValue ?? 0, start: content["start"]?.intValue ?? 1,
                            stop: content["stop"]?.intValue)
        case "search":
            entries = search(pattern: content["pattern"]?.stringValue ?? "*", n: content["n"]?.intValue,
                             unique: content["unique"]?.boolValue ?? false)
        default:
            entries = tail(content["n"]?.intValue ?? 10)
        }
        return entries.map { entry in
            let input: JSONValue = output ? [.string(entry.input), entry.output.map(JSONValue.string) ?? .null]
                : .string(entry.input)
            return [.int(Self.session), .int(entry.line), input]
        }
    }
}
