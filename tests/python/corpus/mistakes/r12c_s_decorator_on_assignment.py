# lru_cache put above an assignment of a lambda.
import functools

@functools.lru_cache
fact = lambda n: 1 if n < 2 else n * fact(n - 1)

print(fact(10))
