# Bank account with properties, class attributes, history, and errors
class InsufficientFunds(ValueError):
    pass

class Account:
    interest = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    balance = property(lambda self: self._balance)

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("balance cannot be negative")
        self._balance = v

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f"invalid amount {amt!r}")
        self._balance += amt
        self.history.append(("dep", amt))
        return self

    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amt}")
        self._balance -= amt
        self.history.append(("wd", amt))
        return self

    __str__ = lambda self: f"#{self.id} {self.owner}: {self._balance:.2f}"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        return self.deposit(round(self._balance * self.interest, 2))

a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("sam", 1000)
s.add_interest().add_interest()
print(a, s, sep="\n")
print(a.history, s.history)
print(Account.interest, Savings.interest, s.interest, a._next_id)
for bad in (lambda: a.deposit(-5), lambda: a.withdraw(1e6), lambda: setattr(a, "balance", -1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, InsufficientFunds))
try:
    a.balanse = 5; print(a.balanse); a.balance = 7; print(a.balance); del a.balance
except AttributeError as e:
    print("AttributeError:", e)
print(s.blance)
