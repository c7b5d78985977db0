# An exception class defined inside another class, raised uncaught.
class Bank:
    class InsufficientFunds(Exception):
        pass

    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, n):
        if n > self.balance:
            raise Bank.InsufficientFunds(f"balance {self.balance}, wanted {n}")
        self.balance -= n

b = Bank(10)
b.withdraw(3)
b.withdraw(30)
