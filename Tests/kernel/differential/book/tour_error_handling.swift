// A Swift Tour: an Error enum, throwing functions, do-catch with several catch clauses, try?, defer.
enum PrinterError: Error {
    case outOfPaper
    case noToner
    case onFire
}

func send(job: Int, toPrinter printerName: String) throws -> String {
    if printerName == "Never Has Toner" {
        throw PrinterError.noToner
    }
    if printerName == "Gutenberg" {
        throw PrinterError.onFire
    }
    if job > 1000 {
        throw PrinterError.outOfPaper
    }
    return "Job \(job) sent"
}

do {
    let response = try send(job: 1040, toPrinter: "Bi Sheng")
    print(response)
} catch {
    print("error:", error)
}

for (job, printer) in [(1, "Never Has Toner"), (2, "Gutenberg"), (1440, "Bi Sheng"), (3, "Lab")] {
    do {
        let printerResponse = try send(job: job, toPrinter: printer)
        print(printerResponse)
    } catch PrinterError.onFire {
        print("I'll just put this over here, with the rest of the fire.")
    } catch let printerError as PrinterError {
        print("Printer error: \(printerError).")
    } catch {
        print(error)
    }
}

let printerSuccess = try? send(job: 1884, toPrinter: "Mergenthaler")
let printerFailure = try? send(job: 1885, toPrinter: "Never Has Toner")
print(printerSuccess ?? "nil", printerFailure ?? "nil")

var fridgeIsOpen = false
let fridgeContent = ["milk", "eggs", "leftovers"]

func fridgeContains(_ food: String) -> Bool {
    fridgeIsOpen = true
    defer {
        fridgeIsOpen = false
        print("closing the fridge")
    }
    let result = fridgeContent.contains(food)
    print("looked for \(food), fridge open: \(fridgeIsOpen)")
    return result
}
print(fridgeContains("banana"))
print(fridgeIsOpen)
