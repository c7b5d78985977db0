# A bank account class with a read-only balance property, a transaction log and class-level interest rate
from datetime import date


class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, opening=0):
        self.owner = owner
        self.id = Account._next_id
        Account._next_id += 1
        self._balance = 0
        self.log = []
        if opening:
            self.deposit(opening, date(2024, 1, 1))

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount, when):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append((when, "deposit", amount))

    def withdraw(self, amount, when):
        if amount > self._balance:
            raise ValueError(f"insufficient funds: {self._balance} < {amount}")
        self._balance -= amount
        self.log.append((when, "withdraw", -amount))

    def add_interest(self, when):
        self.deposit(round(self._balance * self.interest_rate, 2), when)

    def statement(self):
        lines = [f"Account {self.id} ({self.owner})"]
        lines += [f"  {d:%Y-%m-%d} {kind:<9}{amt:>10.2f}" for d, kind, amt in self.log]
        return "\n".join(lines + [f"  balance: {self.balance:.2f}"])


a = Account("Ana", 500)
b = Account("Bo")
b.interest_rate = 0.05
a.withdraw(120.5, date(2024, 2, 1))
a.add_interest(date(2024, 12, 31))
b.deposit(100, date(2024, 3, 3))
b.add_interest(date(2024, 12, 31))
print(a.statement())
print(b.statement(), Account.interest_rate, b.interest_rate)
try:
    a.balance = 10**6
except AttributeError as e:
    print("AttributeError:", e)
b.withdraw(1000, date(2025, 1, 1))
