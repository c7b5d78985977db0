# A property that returns itself instead of the backing field.
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self.balance

acct = Account(100)
print(acct.balance)
