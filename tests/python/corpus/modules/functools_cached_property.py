# functools.cached_property, partial, wraps, lru_cache stats
import functools

class Dataset:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def mean(self):
        print("computing mean...")
        return sum(self.values) / len(self.values)

d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean)
d.values.append(10)
print(d.mean)
del d.mean
print(d.mean)

def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), square.func.__name__, square.keywords)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
