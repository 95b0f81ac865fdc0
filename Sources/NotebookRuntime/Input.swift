import CellChannel

/// Why `input(_:)` could not read a line.
public struct InputError: Error, CustomStringConvertible {
    /// What went wrong, for the learner.
    public let description: String
}

/// Asks the user for a line of text in the notebook and returns it, like Python's `input()`.
///
/// The notebook shows `prompt` with a text box and the cell waits until the user presses Enter.
/// Set `password` to hide what is typed. Outside a notebook, or where the frontend does not allow
/// input (a headless run, for example), this stops the cell with an error that says so.
public func input(_ prompt: String = "", password: Bool = false) -> String {
    switch readInput(prompt, password: password) {
    case .success(let line): return line
    case .failure(let error): fatalError(error.description)
    }
}

/// Like ``input(_:password:)`` but returns the error instead of stopping the cell.
public func readInput(_ prompt: String = "", password: Bool = false) -> Result<String, InputError> {
    let channel = KernelChannel.shared
    guard channel.isConnected else {
        return .failure(InputError(description: "input(): no notebook frontend is connected to read from."))
    }
    channel.send(.inputRequest(prompt: prompt, password: password))
    guard case .inputReply(let line, let error)? = channel.readCommand() else {
        return .failure(InputError(description: "input(): the kernel went away while waiting for input."))
    }
    if let error { return .failure(InputError(description: error)) }
    return .success(line ?? "")
}
