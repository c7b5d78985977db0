# Python 2 style: raising a plain string.
def withdraw(balance, amount):
    if amount > balance:
        raise "Insufficient funds"
    return balance - amount

print(withdraw(10, 5))
print(withdraw(10, 50))
