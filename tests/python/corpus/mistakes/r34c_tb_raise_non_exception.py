# Raising a plain string as an error, the way some old code did
def withdraw(balance, amount):
    if amount > balance:
        raise "insufficient funds"
    return balance - amount

print(withdraw(100, 30))
print(withdraw(100, 300))
