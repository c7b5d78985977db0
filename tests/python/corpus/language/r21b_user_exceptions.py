# tutorial 8.6: user-defined exceptions with attributes and __str__
class InputError(Exception):
    """Exception raised for errors in the input."""
    def __init__(self, expression, message):
        self.expression = expression
        self.message = message
class BalanceError(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance, self.amount = balance, amount
    def __str__(self):
        return f'cannot withdraw {self.amount}, balance is {self.balance}'
try:
    raise InputError('2 +* 3', 'bad operator')
except InputError as e:
    print(e.expression, '-', e.message, '|', e, '|', e.args, repr(e))
try:
    raise BalanceError(10, 25)
except BalanceError as e:
    print(e, e.args, repr(e))
class MyError(ValueError):
    pass
try:
    int('x')
except MyError:
    print('not here')
except ValueError as e:
    print('plain', e)
raise BalanceError(5, 6)
