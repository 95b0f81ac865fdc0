// A function with another parameter list adds an overload: the earlier one stays callable.
func area(_ side: Double) -> Double {
    side * side
}
// %% cell
func area(_ width: Double, _ height: Double) -> Double {
    width * height
}
// %% cell
print(area(3), area(2, 5))
// %% cell
func area(radius: Double) -> Double {
    3 * radius * radius
}
print(area(radius: 1), area(4), area(1, 2))
