# Mistake: a ValueError raised in a method, then a ZeroDivisionError in a comprehension.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
accounts = {'ann': Account('ann', 100)}
def process(name, amount):
    return accounts[name].withdraw(amount) * 2
print(process('ann', 30))
try:
    process('ann', 500)
except ValueError as e:
    print('error:', e)
totals = [a.balance / (a.balance - 70) for a in accounts.values()]
