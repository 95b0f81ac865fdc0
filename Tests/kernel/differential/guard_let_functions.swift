// Early exit with guard inside functions: unwrapped names stay available after the guard.
func greet(person: [String: String]) {
    guard let name = person["name"] else {
        print("Hello, stranger!")
        return
    }
    print("Hello \(name)!")

    guard let location = person["location"] else {
        print("I hope the weather is nice near you.")
        return
    }
    print("I hope the weather is nice in \(location).")
}

greet(person: ["name": "John"])

greet(person: ["name": "Jane", "location": "Cupertino"])

greet(person: [:])

struct Signup {
    var username: String?
    var age: String?
}

func validate(_ form: Signup) -> String {
    guard let username = form.username, !username.isEmpty else {
        return "missing username"
    }
    guard let ageText = form.age, let age = Int(ageText) else {
        return "\(username): age is not a number"
    }
    guard age >= 13 else {
        return "\(username): too young (\(age))"
    }
    return "\(username) (\(age)) is signed up"
}

let forms = [
    Signup(username: "kim", age: "30"),
    Signup(username: "", age: "30"),
    Signup(username: "lee", age: "ten"),
    Signup(username: "max", age: "9"),
]
for form in forms {
    print(validate(form))
}
