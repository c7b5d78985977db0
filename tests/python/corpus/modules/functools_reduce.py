# functools.reduce (and partial, wraps, lru_cache).
from functools import reduce, partial, lru_cache
import functools
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, ch: ch + acc, 'hello', ''))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(lambda a, b: a + b, [], 'empty start'))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
