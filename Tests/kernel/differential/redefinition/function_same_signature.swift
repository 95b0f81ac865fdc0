// A function redefined with the same signature replaces the earlier one for later cells.
func greeting() -> String {
    "hello, version 1"
}
// %% cell
print(greeting())
// %% cell
func greeting() -> String {
    "hello, version 2"
}
// %% cell
print(greeting())
