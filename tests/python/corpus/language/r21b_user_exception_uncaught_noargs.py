# user exception with __init__ that does not call super: args empty, str from args
class InputError(Exception):
    def __init__(self, expression, message):
        self.expression = expression
        self.message = message
e = InputError('x', 'y')
print(repr(e), str(e) == '', e.args)
raise InputError('2 +* 3', 'bad operator')
