// Later cells use the members of values whose type they never name.
struct Temperature {
    var celsius: Double

    var fahrenheit: Double { celsius * 9 / 5 + 32 }

    func formatted() -> String {
        "\(celsius) °C"
    }
}

struct WeatherReport {
    var city: String
    var readings: [Temperature]

    var average: Temperature {
        Temperature(celsius: readings.map(\.celsius).reduce(0, +) / Double(readings.count))
    }
}

func makeReport() -> WeatherReport {
    WeatherReport(city: "Oslo", readings: [Temperature(celsius: 4), Temperature(celsius: 8), Temperature(celsius: 6)])
}

let report = makeReport()
print(report.city)

print(report.readings.count)

print(report.average.formatted())

print(report.average.fahrenheit)

let warmest = report.readings.max { $0.celsius < $1.celsius }!
print(warmest.formatted(), warmest.fahrenheit)

var copy = report
copy.readings.append(copy.average)
print(copy.readings.map { $0.formatted() }.joined(separator: ", "))
print(report.readings.count, copy.readings.count)
