class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        """Current balance in cents."""
        print("  (get)")
        return self._balance

    @balance.setter
    def balance(self, value):
        print(f"  (set {value})")
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("  (delete)")
        del self._balance

a = Account("ann", 100)
print(a.balance)
a.balance += 50
print(a.balance)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(Account.balance.__doc__)
print(type(Account.balance).__name__)
del a.balance
print(hasattr(a, "_balance"))
try:
    a.balance
except AttributeError as e:
    print("AttributeError:", e)

class ReadOnly:
    @property
    def x(self):
        return 1
r = ReadOnly()
print(r.x)
r.x = 2
