class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

class Audited(Account):
    @Account.balance.setter
    def balance(self, value):
        print(f"audit: {self._balance} -> {value}")
        Account.balance.fset(self, value)

a = Audited(10)
a.balance = 25
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print(e)
print(Audited.balance is Account.balance)
print(Account.balance.fget is Audited.balance.fget)

class Derived(Account):
    @property
    def balance(self):
        return super().balance * 100

d = Derived(3)
print(d.balance)
d.balance = 4
