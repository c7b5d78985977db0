# Language: exceptions of one's own with args, extra attributes, str/repr and hierarchy.
class FactorialError(Exception):
    pass

class NegativeError(FactorialError):
    def __init__(self, n):
        super().__init__(f'negative input: {n}')
        self.n = n

class TooBigError(FactorialError):
    def __init__(self, n, limit):
        super().__init__(n, limit)
        self.n, self.limit = n, limit

    def __str__(self):
        return f'{self.n} > {self.limit}'

def check(n):
    if n < 0:
        raise NegativeError(n)
    if n > 20:
        raise TooBigError(n, 20)
    if n == 13:
        raise FactorialError('unlucky', n)
    return n

for n in [5, -1, 30, 13]:
    try:
        print(check(n))
    except NegativeError as e:
        print('neg', e, e.args, e.n, repr(e))
    except FactorialError as e:
        print(type(e).__name__, e, e.args, repr(e))
print(repr(FactorialError()), str(FactorialError()), str(ValueError('a', 1)))
raise TooBigError(99, 20)
