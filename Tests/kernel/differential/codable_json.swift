// Codable types encoded to JSON with sorted keys and decoded back.
import Foundation

struct Landmark: Codable, Equatable {
    var name: String
    var foundingYear: Int
    var location: Coordinate
    var tags: [String]

    struct Coordinate: Codable, Equatable {
        var latitude: Double
        var longitude: Double
    }
}

enum Category: String, Codable {
    case museum, park
}

struct Visit: Codable {
    var landmark: Landmark
    var category: Category
    var rating: Int?

    enum CodingKeys: String, CodingKey {
        case landmark
        case category = "kind"
        case rating = "stars"
    }
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]

let louvre = Landmark(name: "Louvre", foundingYear: 1793, location: .init(latitude: 48.86, longitude: 2.34), tags: ["art", "paris"])
let data = try encoder.encode(louvre)
print(String(data: data, encoding: .utf8)!)

let decoded = try JSONDecoder().decode(Landmark.self, from: data)
print(decoded == louvre, decoded.location.latitude)

let visit = Visit(landmark: louvre, category: .museum, rating: nil)
print(String(data: try encoder.encode(visit), encoding: .utf8)!)

let json = #"{"landmark":{"name":"Central Park","foundingYear":1857,"location":{"latitude":40.78,"longitude":-73.97},"tags":[]},"kind":"park","stars":5}"#
let parsed = try JSONDecoder().decode(Visit.self, from: Data(json.utf8))
print(parsed.landmark.name, parsed.category.rawValue, parsed.rating ?? 0)

do {
    _ = try JSONDecoder().decode(Visit.self, from: Data(#"{"kind":"zoo"}"#.utf8))
} catch is DecodingError {
    print("decoding failed as expected")
}
