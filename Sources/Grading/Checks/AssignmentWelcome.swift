// The check of notebook 0, "Welcome": its one small graded exercise, there to show how a graded cell
// and its test cell work.

/// Checks a learner's `housePrice` (notebook 0) at sizes below, at and above the bend of the line at 20 m².
public func checkHousePrice(_ housePrice: @escaping (Double) -> Double) {
    var check = ExerciseCheck("housePrice")
    for (size, price) in [(10.0, 0.0), (20.0, 0.0), (50.0, 90.0), (100.0, 240.0), (0.0, 0.0)] {
        check.expectNumber(housePrice(size), price, "housePrice(\(size))",
                           hint: "3 * size - 60, but never below 0: max(0, 3 * size - 60)")
    }
    check.finish()
}
