# property() built by hand with fget/fset/fdel/doc, getter chaining, and help-style inspection
class Account:
    def __init__(self):
        self._balance = 0

    def _get(self):
        return self._balance
    def _set(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    def _del(self):
        print("resetting balance")
        self._balance = 0

    balance = property(_get, _set, _del, "The current balance in cents.")
    read_only = property(lambda self: self._balance * 2)

a = Account()
a.balance = 150
print(a.balance, a.read_only, Account.balance.__doc__)
del a.balance
print(a.balance)
print(Account.balance.fget.__name__, Account.balance.fset is Account._set, Account.read_only.fset)
p2 = Account.balance.getter(lambda self: -1)
print(p2.__get__(a), p2.__doc__, p2 is Account.balance)
for action in ("set", "del"):
    try:
        if action == "set":
            a.read_only = 3
        else:
            del a.read_only
    except AttributeError as e:
        print("AttributeError:", e)
a.balance = -5
