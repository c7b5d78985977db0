# A custom exception that never calls super().__init__.
class RetryError(Exception):
    def __init__(self, attempts):
        self.attempts = attempts

e = RetryError(3)
print(repr(e), e.args, e.attempts)
raise RetryError(3)
