# An exception class defined inside another class, raised uncaught
class Bank:
    class InsufficientFunds(Exception):
        pass

    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise Bank.InsufficientFunds(f"need {amount - self.balance} more")
        self.balance -= amount

bank = Bank(50)
bank.withdraw(20)
bank.withdraw(100)
