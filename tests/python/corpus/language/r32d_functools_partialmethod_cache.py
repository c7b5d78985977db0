# functools.partialmethod, functools.cache, lru_cache(typed=True) and a wraps'd timing decorator
import functools


class Light:
    def __init__(self):
        self.state = "off"

    def set_state(self, state):
        self.state = state
        return self

    on = functools.partialmethod(set_state, "on")
    off = functools.partialmethod(set_state, "off")


print(Light().on().state, Light().on().off().state, type(Light.__dict__["on"]).__name__)


@functools.lru_cache(maxsize=None, typed=True)
def describe(x):
    print("computing", repr(x))
    return f"<{x}>"


print(describe(1), describe(1.0), describe(1), describe.cache_info())


@functools.cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().hits > 0)
p = functools.partial(int, base=2)
print(p("1010"), p, repr(functools.partial(max, 1, key=abs)).startswith("functools.partial(<built-in"))
describe([1])
