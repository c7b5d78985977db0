# functools: lru_cache(cache_info), cache, partial with keywords, wraps attributes, reduce initial,
# singledispatch with classes, cached_property, total_ordering, cmp_to_key.
import functools

@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x

for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info())

def compare(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: compare(b, a))))
add3 = functools.partial(lambda a, b, c: (a, b, c), 1, c=3)
print(add3(2), add3(2, c=30), add3.args, add3.keywords)

def log(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner

@log
def hello(name: str) -> str:
    "Say hello."
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__qualname__)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0), functools.reduce(max, [], "empty"))

@functools.singledispatch
def show(x):
    return f"object {x!r}"

@show.register
def _(x: list):
    return f"list of {len(x)}"

@show.register(float)
@show.register(int)
def _(x):
    return f"number {x}"
print(show([1, 2]), show(3), show(2.5), show(True), show("s"), show(None))
