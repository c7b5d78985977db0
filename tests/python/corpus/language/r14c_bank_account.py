# A bank account class with deposits, withdrawals, an error of its own and a history.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance = balance
        self.amount = amount

class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: ${self.balance:.2f}"

acct = Account("Ana", 100)
acct.deposit(50)
acct.withdraw(30)
for amount in [500, -5]:
    try:
        acct.withdraw(amount) if amount > 0 else acct.deposit(amount)
    except InsufficientFunds as e:
        print("Error:", e, e.amount - e.balance)
    except ValueError as e:
        print("Error:", e)
acct.balance *= 1 + Account.interest
print(acct)
print(acct.history)
print(acct.__dict__.keys())
