# Mistake: a memo decorator checks __hash__ to skip unhashable arguments, then still uses a list as a key.
from collections.abc import Hashable

def memo(func):
    cache = {}
    def wrapper(*args):
        for a in args:
            print(type(a).__name__, "hash is None:", type(a).__hash__ is None, "Hashable:", isinstance(a, Hashable))
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    return wrapper

@memo
def total(*parts):
    return sum(len(p) for p in parts)

print(total(range(3), "ab"))
print(total(range(0, 3), "ab"))
print(total({}.keys(), {}.values()))
print(total([1, 2]))
