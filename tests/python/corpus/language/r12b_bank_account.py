class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.shortfall = needed - available

class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self
    def add_interest(self):
        self._balance *= 1 + self.interest
    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:,.2f}"

class Savings(Account):
    interest = 0.05

accts = [Account("ann", 100), Savings("bob", 1000.5)]
for a in accts:
    a.deposit(10.1).add_interest()
    print(a)
try:
    accts[0].withdraw(500)
except InsufficientFunds as e:
    print("error:", e, round(e.shortfall, 2))
Account.interest = 0.1
accts[0].add_interest(); accts[1].add_interest()
print(*accts, sep="\n")
accts[1].withdraw(5000)
