# An assert that fails with its message
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount

print(withdraw(100, 30))
print(withdraw(50, 80))
