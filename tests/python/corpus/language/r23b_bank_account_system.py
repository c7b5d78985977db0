from datetime import date

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available

class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:.2f}"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        return self.deposit(round(self._balance * self.interest, 2))

accounts = [Account("ann", 100), Savings("bob", 200)]
accounts[0].deposit(50).withdraw(30)
accounts[1].add_interest()
for acc in accounts:
    print(acc, acc.history, type(acc).interest)
try:
    accounts[0].withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed - e.available)
print(sorted(accounts, key=lambda a: -a.balance)[0].owner, Account._next_id)
accounts[1].balance = 0
