# An assert with parentheses around condition and message.
def withdraw(balance, amount):
    assert(amount <= balance, "insufficient funds")
    return balance - amount

print(withdraw(10, 50))
