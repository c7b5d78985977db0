# Classes: __init__, methods, class and instance attributes, properties, staticmethod, classmethod.
class Account:
    """A bank account."""
    bank = 'PyBank'
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    @property
    def rich(self):
        return self.balance >= 1000

    @staticmethod
    def fee(amount):
        return amount * 0.01

    @classmethod
    def empty(cls, owner):
        return cls(owner)

a = Account('Ada', 500)
b = Account.empty('Bob')
a.deposit(300).deposit(400)
print(a.owner, a.balance, a.rich)
print(b.owner, b.balance, b.rich)
print(Account.count, a.bank, Account.fee(250))
print(Account.__doc__)
print(type(a).__name__, isinstance(a, Account))
b.bank = 'Other'
print(a.bank, b.bank, Account.bank)
print(getattr(a, 'owner'), getattr(a, 'missing', 'default'))
setattr(a, 'owner', 'Ada L.')
print(a.owner)
