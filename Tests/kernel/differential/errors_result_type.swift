// Result values, converting between throwing code and Result, and mapping over results.
enum NetworkError: Error, Equatable {
    case notFound(path: String)
    case unauthorized
}

func lookup(_ path: String) -> Result<String, NetworkError> {
    switch path {
    case "/": return .success("home")
    case "/admin": return .failure(.unauthorized)
    default: return .failure(.notFound(path: path))
    }
}

for path in ["/", "/admin", "/missing"] {
    switch lookup(path) {
    case .success(let page):
        print("\(path) -> \(page)")
    case .failure(.notFound(let missing)):
        print("\(path) -> 404 for \(missing)")
    case .failure(let error):
        print("\(path) -> \(error)")
    }
}

let length = lookup("/").map(\.count)
print(try length.get())

let fallback = lookup("/admin").flatMapError { _ in Result<String, NetworkError>.success("login") }
print(try fallback.get())

let wrapped = Result { try lookup("/nope").get() }
if case .failure(let error) = wrapped {
    print(error as? NetworkError == .notFound(path: "/nope"))
}
