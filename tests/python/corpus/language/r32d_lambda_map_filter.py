# Functional style: map, filter, lambda, zip with several iterables, sorted by lambda, and reduce
from functools import reduce

prices = [19.99, 5.0, 120.5, 42.0]
names = ["book", "pen", "chair", "lamp"]
print(list(map(lambda p: round(p * 1.2, 2), prices)))
print(list(filter(lambda p: p > 20, prices)), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda n, p: f"{n}={p}", names, prices)), list(map(pow, [2, 3], [3, 2, 99])))
print(sorted(zip(prices, names)), dict(zip(names, prices)), list(zip(*[(1, "a"), (2, "b")])))
print(reduce(lambda acc, n: acc + len(n), names, 0), reduce(lambda a, b: a if a > b else b, prices))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(list(zip(names, prices, strict=True))[:1])
sq = lambda x: x * x
print(sq.__name__, sq(7), list(map(sq, range(4))))
list(zip(names, prices[:3], strict=True))
