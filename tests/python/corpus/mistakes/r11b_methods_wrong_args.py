# A class's methods called with the wrong arguments.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def transfer(self, other, amount, *, note):
        return (other.owner, amount, note)

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount):
        return amount * 0.01

a = Account("ann", 10)
b = Account("bob")
tests = [
    lambda: a.deposit(),
    lambda: a.deposit(1, 2),
    lambda: Account.deposit(5),
    lambda: a.transfer(b, 5),
    lambda: a.transfer(b, 5, "rent"),
    lambda: a.transfer(b, amount=5, note="x", memo="y"),
    lambda: Account(),
    lambda: Account("a", 1, 2),
    lambda: Account(owner="a", name="b"),
    lambda: Account.open(),
    lambda: a.open("x", "y"),
    lambda: Account.fee(),
    lambda: a.fee(1, 2),
    lambda: a.deposit(amount=1, amt=2),
    lambda: a.deposit(5, amount=5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
