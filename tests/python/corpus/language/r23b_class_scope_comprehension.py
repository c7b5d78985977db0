class Grid:
    size = 3
    labels = {n: str(n) for n in range(size)}
    try:
        rows = [[0] * size for _ in range(size)]
    except NameError as e:
        print("NameError in class-body comprehension:", e)
        rows = None
    try:
        pairs = [(r, c) for r in range(size) for c in range(size)]
    except NameError as e:
        print("NameError again:", e)
        pairs = []
    squares = list(map(lambda n: n * n, range(size)))

print(Grid.rows, Grid.labels, Grid.pairs, Grid.squares)

class Limits:
    low, high = 1, 5
    check = lambda self, v: Limits.low <= v <= Limits.high
    def clamp(self, v, lo=low, hi=high):
        return max(lo, min(hi, v))
print(Limits().check(3), Limits().check(9), Limits().clamp(10), Limits().clamp(-2))

class Broken:
    factor = 2
    def scaled(self, values):
        return [v * factor for v in values]
try:
    Broken().scaled([1])
except NameError as e:
    print("NameError:", e)

def fn_annotations():
    x: int
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
fn_annotations()

def f(*args, **kwargs):
    return args, kwargs
print(f(a=1, *[2, 3]), f(**{"a": 1}, **{"b": 2}), f(*"ab", *"c", k=0))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
class Gen:
    items = [1, 2]
    doubled = (x * 2 for x in items)
print(list(Gen.doubled))
class Gen2:
    items = [1, 2]
    k = 10
    scaled = list(x * k for x in items)
