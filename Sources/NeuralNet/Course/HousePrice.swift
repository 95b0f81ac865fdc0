// The reference solution of notebook 0's one graded exercise: the house-price neuron of week 1's
// introduction, a straight line that is cut off at zero (a ReLU).

extension CourseReference {
    /// The price in thousands of euros the one-neuron model of notebook 0 gives a house of `size` square
    /// metres: `max(0, 3 · size − 60)`, never below zero.
    package static func housePrice(_ size: Double) -> Double {
        Swift.max(0, 3 * size - 60)
    }
}
