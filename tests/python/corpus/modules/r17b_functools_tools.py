# functools: lru_cache with cache_info, partial, reduce, total_ordering and cached_property
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
power_of_two = functools.partial(pow, 2)
print(power_of_two(10), power_of_two.args, functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))

@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(Score(3) >= Score(2), Score(1) > Score(2), Score(2) <= Score(2))

class Data:
    @functools.cached_property
    def heavy(self):
        print('computing...')
        return 99
d = Data()
print(d.heavy, d.heavy, 'heavy' in vars(d))
