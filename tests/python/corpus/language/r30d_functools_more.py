# functools: cmp_to_key, partialmethod, update_wrapper, reduce with initializer, cache on methods
from functools import cmp_to_key, partialmethod, update_wrapper, reduce, lru_cache


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_length_then_reverse_alpha)))


class Light:
    def __init__(self):
        self.state = "off"

    def set(self, state):
        self.state = state
        return self

    on = partialmethod(set, "on")
    off = partialmethod(set, "off")


print(Light().on().state, Light().on().off().state)


def shout(fn):
    def w(*a):
        return fn(*a).upper()
    return update_wrapper(w, fn)


@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"


print(hello("ann"), hello.__name__, hello.__doc__, hello.__wrapped__("bo"))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))


class Calc:
    @lru_cache(maxsize=None)
    def square(self, n):
        print("  computing", n)
        return n * n


c = Calc()
print(c.square(4), c.square(4), Calc.square.cache_info().hits)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: a - b), reverse=True))
sorted([1, 2], key=cmp_to_key(lambda a: 0))
