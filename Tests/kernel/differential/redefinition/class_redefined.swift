// A class declared again with another initializer and members replaces the earlier one.
class Animal {
    func sound() -> String { "..." }
}
print(Animal().sound())
// %% cell
class Animal {
    let name: String
    init(name: String) {
        self.name = name
    }
    func sound() -> String { "\(name) says woof" }
}
// %% cell
class Puppy: Animal {
    override func sound() -> String { super.sound() + " (quietly)" }
}
print(Animal(name: "Rex").sound())
print(Puppy(name: "Bit").sound())
