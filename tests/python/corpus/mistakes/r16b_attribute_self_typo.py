# An attribute set as self.balance but read as self.balence
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balence += amount
        return self.balance

acct = Account("ada")
print(acct.deposit(10))
