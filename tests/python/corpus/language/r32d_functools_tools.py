# functools: partial, reduce, lru_cache statistics, wraps and cached_property
import functools


def power(base, exp):
    return base ** exp


square = functools.partial(power, exp=2)
print(square(7), square.func.__name__, square.keywords, square.args)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(functools.reduce(max, [], "empty"))


@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__(10))


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        print("computing...")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.__dict__)
del r.total
print(r.total)
functools.reduce(max, [])
