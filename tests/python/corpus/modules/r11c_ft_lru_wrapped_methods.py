import functools

class Grid:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n

g = Grid(10)
print(g.paths(10, 10))
print(Grid.paths.cache_info().currsize)

@functools.lru_cache(maxsize=3)
def slow_upper(s):
    return s.upper()

for w in "a b c a d b a".split():
    slow_upper(w)
print(slow_upper.cache_info())
print(slow_upper.__wrapped__("x"), slow_upper.__name__)
print(functools.reduce(lambda acc, x: acc * x, range(1, 21)))
