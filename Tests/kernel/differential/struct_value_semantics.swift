// Structures and arrays are value types: a copy changes independently of the original.
struct Team {
    var name: String
    var members: [String]

    mutating func add(_ member: String) {
        members.append(member)
    }
}

var first = Team(name: "Rockets", members: ["Ana", "Ben"])

var second = first
second.name = "Comets"
second.add("Cleo")

print(first.name, first.members)
print(second.name, second.members)

func renamed(_ team: Team, to name: String) -> Team {
    var result = team
    result.name = name
    return result
}

let third = renamed(second, to: "Meteors")
print(third.name, second.name)

var league = [first, second, third]
league[0].add("Dev")
print(league.map { "\($0.name): \($0.members.count)" })
print(first.members.count)
