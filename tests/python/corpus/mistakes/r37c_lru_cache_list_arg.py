# memoising a path-cost function that takes the path as a list
from functools import lru_cache

@lru_cache(maxsize=None)
def cost(path):
    if len(path) <= 1:
        return 0
    return abs(path[0] - path[1]) + cost(path[1:])

print(cost((1, 4, 2)))
print(cost([1, 4, 2]))
