// Running a cell with an extension again (same members) works; the members stay usable.
extension Int {
    var squared: Int { self * self }
}
// %% cell
print(7.squared)
// %% cell
extension Int {
    var squared: Int { self * self }
}
// %% cell
print(9.squared)
