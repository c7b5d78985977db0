# A bank account class raising custom exceptions, with a transaction log and __str__/__repr__
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.shortfall = amount - balance

class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:,.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"

acc = Account("ann", 100).deposit(50).withdraw(30)
print(acc, repr(acc), acc.log)
try:
    acc.withdraw(500)
except InsufficientFunds as e:
    print("Error:", e, "| short by", e.shortfall)
for bad in (0, -5):
    try:
        acc.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
other = Account("bob")
print([str(a) for a in (acc, other)])
other.withdraw(0.01)
