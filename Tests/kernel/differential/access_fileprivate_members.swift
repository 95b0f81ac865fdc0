// fileprivate and private members used by other declarations of the same file, extensions included.
struct BankAccount {
    fileprivate var balance: Int
    private var history: [Int] = []

    init(balance: Int) {
        self.balance = balance
    }

    mutating func deposit(_ amount: Int) {
        balance += amount
        history.append(amount)
    }
}

extension BankAccount {
    mutating func withdraw(_ amount: Int) -> Bool {
        guard amount <= balance else { return false }
        balance -= amount
        history.append(-amount)
        return true
    }

    var statement: String {
        history.map(String.init).joined(separator: " ")
    }
}

fileprivate func audit(_ account: BankAccount) -> String {
    "balance \(account.balance)"
}

var account = BankAccount(balance: 100)
account.deposit(50)
print(account.withdraw(30), account.withdraw(500))

print(account.statement)

print(audit(account))

account.balance += 1
print(account.balance)
