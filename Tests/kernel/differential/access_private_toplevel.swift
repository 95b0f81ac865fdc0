// private and fileprivate declarations at file scope are visible to the whole file, later code included.
private let secretKey = 7

private func scramble(_ text: String) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return String(text.map { letter in
        guard let index = letters.firstIndex(of: letter) else { return letter }
        return letters[(index + secretKey) % letters.count]
    })
}

fileprivate var scrambleCount = 0

fileprivate func scrambleAndCount(_ text: String) -> String {
    scrambleCount += 1
    return scramble(text)
}

private struct Envelope {
    var contents: String
}

private enum Priority {
    case low, high
}

print(scramble("abc"))

private let sealed = Envelope(contents: scrambleAndCount("hello"))
print(sealed.contents)

print(scrambleAndCount("xyz"), scrambleCount)

private let urgency: Priority = .high
print(urgency == .high ? "urgent" : "whenever")

print(secretKey * 6)
