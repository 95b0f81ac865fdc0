// A type made Comparable in a later cell, then sorted, compared and used with min and max.
struct Version {
    let major: Int
    let minor: Int
    let patch: Int
}

extension Version: CustomStringConvertible {
    var description: String { "\(major).\(minor).\(patch)" }
}

extension Version: Comparable {
    static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}

let releases = [
    Version(major: 5, minor: 9, patch: 0),
    Version(major: 5, minor: 10, patch: 1),
    Version(major: 4, minor: 2, patch: 7),
    Version(major: 5, minor: 10, patch: 0),
]

print(releases.sorted())

print(releases.max()!, releases.min()!)

print(Version(major: 6, minor: 0, patch: 0) > releases.max()!)

let range = Version(major: 5, minor: 0, patch: 0)...Version(major: 5, minor: 10, patch: 0)
print(releases.filter { range.contains($0) })
