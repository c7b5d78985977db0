# A memoizing decorator written as a class with __call__, counting hits, on a recursive function
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0
        self.__name__ = func.__name__

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.cache[args] = self.func(*args)
        return result

@Memo
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(20), ways.hits, len(ways.cache), ways.__name__, callable(ways), type(ways).__name__)
print(ways(100), ways.hits > 100)
print(ways([1]))
