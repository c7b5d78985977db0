# An assert with its message inside the parentheses, so it never fails
def withdraw(balance, amount):
    assert (amount <= balance, "not enough money")
    return balance - amount

print(withdraw(10, 50))
assert 10 >= 50, "this one does fail"
