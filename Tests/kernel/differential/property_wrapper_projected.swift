// A property wrapper with a projected value ($name) that counts how often the property was set.
@propertyWrapper
struct Tracked<Value> {
    private var value: Value
    private(set) var projectedValue = 0

    init(wrappedValue: Value) {
        value = wrappedValue
    }

    var wrappedValue: Value {
        get { value }
        set {
            value = newValue
            projectedValue += 1
        }
    }
}

@propertyWrapper
struct Uppercased {
    private var text = ""
    var wrappedValue: String {
        get { text }
        set { text = newValue.uppercased() }
    }
}

struct Profile {
    @Tracked var nickname = "anon"
    @Tracked var score = 0
    @Uppercased var country: String
}

var profile = Profile()
profile.nickname = "swifty"
profile.nickname = "swiftier"
profile.score += 10
profile.country = "norway"

print(profile.nickname, profile.$nickname)

print(profile.score, profile.$score)

print(profile.country)
