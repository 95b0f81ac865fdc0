// A cell compiled against a function keeps calling that function after a later cell redefines it;
// cells compiled after the redefinition call the new one.
func unitName() -> String {
    "metres"
}
// %% cell
func describe(_ value: Double) -> String {
    "\(value) \(unitName())"
}
// %% cell
print(describe(2))
// %% cell
func unitName() -> String {
    "feet"
}
// %% cell
print(describe(3), unitName())
// %% cell
func describe(_ value: Double) -> String {
    "\(value) \(unitName())"
}
print(describe(4))
