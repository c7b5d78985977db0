# functools: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], 0))
basetwo = functools.partial(int, base=2)
print(basetwo('10010'), basetwo.func is int, basetwo.keywords)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(16)], fib.cache_info())
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print('calling', f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def add(x, y):
    """Add two things."""
    return x + y
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(functools.reduce(lambda a, b: a + b, []))
