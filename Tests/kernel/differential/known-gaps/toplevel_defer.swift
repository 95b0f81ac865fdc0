// known gap: a top-level defer runs when the whole script ends; in a notebook its cell ends first.
print("opening the log")

defer {
    print("closing the log")
}

var entries: [String] = []
for level in ["info", "warning"] {
    entries.append("[\(level)]")
}

print(entries.joined(separator: " "))

print("last line of the script")
