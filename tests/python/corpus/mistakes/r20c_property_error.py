# AttributeError raised inside property: message and suggestion
class Account:
    def __init__(self):
        self.balance = 10
    @property
    def total(self):
        return self.balanse * 2

a = Account()
print(a.balance)
print(a.total)
