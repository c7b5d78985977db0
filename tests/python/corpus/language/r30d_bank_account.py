# A bank account class with class attributes, validation, transaction history and __str__
class InsufficientFunds(Exception):
    pass


class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:.2f}"


a, b = Account("Ann", 100), Account("Ben")
a.deposit(50).withdraw(30)
b.interest = 0.5
b.deposit(10).add_interest()
a.add_interest()
print(a, b, sep="\n")
print(a.history, Account.interest, b.interest, vars(b).keys())
try:
    b.withdraw(100)
except InsufficientFunds as e:
    print("Denied:", e)
a.deposit(-5)
