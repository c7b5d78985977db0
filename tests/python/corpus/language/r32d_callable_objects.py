# Callable objects with __call__: a multiplier, a memoizer and a counter used as key functions
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]


@Memo
def slow_square(n):
    print(f"computing {n}")
    return n * n


triple = Multiplier(3)
print(triple(4), list(map(triple, [1, 2])), callable(triple), callable(3), callable(Multiplier))
print(slow_square(4), slow_square(4), slow_square.cache)
print(sorted(["ccc", "a", "bb"], key=Multiplier(-1).__call__ if False else len))
print(type(slow_square).__name__, hasattr(slow_square, "__name__"))
slow_square([1])
