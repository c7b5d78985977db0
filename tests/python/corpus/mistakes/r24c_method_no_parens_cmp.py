class Account:
    def __init__(self, balance):
        self.balance = balance
    def is_empty(self):
        return self.balance == 0

acc = Account(0)
if acc.is_empty:
    print("account is empty")
acc.balance = 50
if acc.is_empty:
    print("still 'empty'?!")
print(acc.is_empty == True, acc.is_empty() == True)
