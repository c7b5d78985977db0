# Class attributes versus instance attributes, and a typo.
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self

a = Account("ann").deposit(10).deposit(5)
b = Account("bob")
b.interest = 0.05
print(a.balance, a.interest, b.interest, Account.interest, vars(b))
print(a.blance)
