// Structures get a memberwise initializer; properties with default values may be left out.
struct Resolution {
    var width = 0
    var height = 0
}

struct Size {
    var width = 0.0, height = 0.0
}

let vga = Resolution(width: 640, height: 480)
print("VGA is \(vga.width) by \(vga.height)")

let zeroByTwo = Size(height: 2.0)
print("zeroByTwo: \(zeroByTwo.width) x \(zeroByTwo.height)")

let defaultSize = Size()
print("default: \(defaultSize.width) x \(defaultSize.height)")

// An initializer written in an extension keeps the memberwise one.
extension Resolution {
    init(square side: Int) {
        self.init(width: side, height: side)
    }
}

let icon = Resolution(square: 64)
print("icon is \(icon.width) x \(icon.height)")

var hd = vga
hd.width = 1920
hd.height = 1080
print("hd is \(hd.width) x \(hd.height), vga is still \(vga.width) x \(vga.height)")
print(hd)
