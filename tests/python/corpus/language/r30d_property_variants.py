# property() built without decorators, getter/setter/deleter copies, and a property's doc
class Account:
    def _get_balance(self):
        return self._balance

    def _set_balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    def _del_balance(self):
        print("  closing account")
        del self._balance

    balance = property(_get_balance, _set_balance, _del_balance, "The balance in cents.")

    def __init__(self):
        self._balance = 0


a = Account()
a.balance = 500
print(a.balance, Account.balance.__doc__, Account.balance.fdel.__name__)
del a.balance
print(hasattr(a, "_balance"), hasattr(a, "balance"))
ro = property(lambda self: 42)
print(ro.fset, ro.__doc__, ro.__get__(None, Account) is ro, ro.__get__(a))
p2 = Account.balance.setter(None)
print(p2.fset is Account.balance.fset, p2.fget is Account.balance.fget)
try:
    ro.__set__(a, 1)
except AttributeError as e:
    print("AttributeError:", e)
a.balance = -1
