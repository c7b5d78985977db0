# A cached function called with a list argument.
from functools import lru_cache, cache

@cache
def total(values):
    return sum(values)

print(total((1, 2, 3)))
print(total.cache_info())
print(total([1, 2, 3]))
