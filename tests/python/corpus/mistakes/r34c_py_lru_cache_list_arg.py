# Caching a function that receives a list argument
from functools import lru_cache

@lru_cache(maxsize=None)
def total(prices):
    return sum(prices)

print(total((1, 2, 3)))
print(total([1, 2, 3]))
