# list.sort() makes the compares CPython 3.11's listsort makes, in its order
# (runs, binary insertion, powersort's merges, galloping): a __lt__ that
# counts, nan among the keys, and a compare that raises half-way (the
# list is left in the same order as CPython leaves it).
import random
n = 0
class C:
    __slots__ = ('v',)
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        global n; n += 1
        if n == limit: raise ValueError(n)
        return s.v < o.v
    def __repr__(s): return repr(s.v)
out = []
for seed in range(36):
    random.seed(seed)
    size = random.choice([5, 40, 64, 65, 127, 128, 200, 500, 1000, 3000])
    kind = seed % 6
    if kind == 0: vals = [random.random() for _ in range(size)]
    elif kind == 1: vals = [random.randrange(5) for _ in range(size)]
    elif kind == 2: vals = sorted(random.random() for _ in range(size)); vals[size // 3:size // 2] = reversed(vals[size // 3:size // 2])
    elif kind == 3: vals = [float('nan') if random.random() < 0.1 else random.randrange(100) for _ in range(size)]
    elif kind == 4: vals = list(range(size, 0, -1)) + list(range(size))
    else: vals = [(i * 37) % 101 for i in range(size)] * 2
    limit = -1
    n = 0
    xs = [C(v) for v in vals]
    r = sorted(xs); a = n
    n = 0; r2 = sorted(xs, reverse=True); b = n
    limit = max(2, a // 2); n = 0
    ys = [C(v) for v in vals]
    try:
        ys.sort()
    except ValueError as e:
        pass
    h = hash(tuple(repr(y) for y in ys))
    print(seed, size, a, b, hash(tuple(repr(x) for x in r)) == hash(tuple(map(repr, sorted(vals, key=lambda v: v)))) if kind != 3 else repr(r[:8]), [y.v for y in ys[:6]], [y.v for y in ys[-3:]])
