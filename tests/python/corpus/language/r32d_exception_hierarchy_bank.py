# Custom exception hierarchy for a bank account with chaining and notes
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.shortfall = amount - balance


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount


acct = Account(50)
for amt in [20, 40]:
    try:
        acct.withdraw(amt)
    except BankError as e:
        print(type(e).__name__, e, e.shortfall, e.args)
    else:
        print("ok", acct.balance)
    finally:
        print("checked", amt)
try:
    try:
        acct.withdraw(1000)
    except InsufficientFunds as e:
        raise RuntimeError("transfer failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


def transfer():
    try:
        acct.withdraw(999)
    except BankError as e:
        e.add_note("while paying rent")
        raise


transfer()
