// Associated values, extracted with switch and if case.
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}

var productBarcode = Barcode.upc(8, 85909, 51226, 3)

func describe(_ code: Barcode) -> String {
    switch code {
    case let .upc(numberSystem, manufacturer, product, check):
        return "UPC: \(numberSystem), \(manufacturer), \(product), \(check)."
    case let .qrCode(productCode):
        return "QR code: \(productCode)."
    }
}

print(describe(productBarcode))

productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
print(describe(productBarcode))

enum Shipment {
    case pending
    case shipped(trackingNumber: String, days: Int)
    case delivered(signedBy: String?)
}

let shipments: [Shipment] = [
    .pending,
    .shipped(trackingNumber: "1Z999", days: 3),
    .delivered(signedBy: "Kim"),
    .delivered(signedBy: nil),
]

for shipment in shipments {
    if case .shipped(let number, let days) = shipment {
        print("in transit: \(number), \(days) days")
    } else if case .delivered(let signer?) = shipment {
        print("signed by \(signer)")
    } else {
        print(shipment)
    }
}
