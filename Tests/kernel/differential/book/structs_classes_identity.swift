// Structures and Classes: memberwise initializers, value semantics of structs and enums, reference semantics and identity operators.
struct Resolution {
    var width = 0
    var height = 0
}

class VideoMode {
    var resolution = Resolution()
    var interlaced = false
    var frameRate = 0.0
    var name: String?
}

let someResolution = Resolution()
let someVideoMode = VideoMode()
print("The width of someResolution is \(someResolution.width)")
someVideoMode.resolution.width = 1280
print("The width of someVideoMode is now \(someVideoMode.resolution.width)")

let vga = Resolution(width: 640, height: 480)
let hd = Resolution(width: 1920, height: 1080)
var cinema = hd
cinema.width = 2048
print("cinema is now \(cinema.width) pixels wide", "hd is still \(hd.width) pixels wide", vga.height)

enum CompassPoint {
    case north, south, east, west
    mutating func turnNorth() { self = .north }
}
var currentDirection = CompassPoint.west
let rememberedDirection = currentDirection
currentDirection.turnNorth()
print("The current direction is \(currentDirection)")
print("The remembered direction is \(rememberedDirection)")

let tenEighty = VideoMode()
tenEighty.resolution = hd
tenEighty.interlaced = true
tenEighty.name = "1080i"
tenEighty.frameRate = 25.0

let alsoTenEighty = tenEighty
alsoTenEighty.frameRate = 30.0
print("The frameRate property of tenEighty is now \(tenEighty.frameRate)")

if tenEighty === alsoTenEighty {
    print("tenEighty and alsoTenEighty refer to the same VideoMode instance.")
}
let copyOfSettings = VideoMode()
copyOfSettings.name = tenEighty.name
print(copyOfSettings !== tenEighty, copyOfSettings.name ?? "")

func rename(_ mode: VideoMode, to name: String) { mode.name = name }
func widen(_ r: Resolution) -> Resolution { var r = r; r.width *= 2; return r }
rename(alsoTenEighty, to: "renamed")
print(tenEighty.name!, widen(vga).width, vga.width)

let modes = [tenEighty, copyOfSettings, alsoTenEighty]
print(modes.filter { $0 === tenEighty }.count)
print(ObjectIdentifier(modes[0]) == ObjectIdentifier(modes[2]))
