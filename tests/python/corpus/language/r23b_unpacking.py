first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
*init, end = (9,)
print(init, end)
(a, b), c = [1, 2], 3
print(a, b, c)
for idx, (name, score) in enumerate([("ann", 90), ("bob", 85)], start=1):
    print(idx, name, score)
for key, (low, *rest) in {"x": (1, 2, 3), "y": (4,)}.items():
    print(key, low, rest)
print(*range(3), sep="-")
print([*"ab", *range(2)], {**{"a": 1}, "b": 2, **{"a": 3}})
x, y = y_x = 1, 2
print(x, y, y_x)
a, b = b, a
print(a, b)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
cases = [
    ("too many", lambda: exec("p, q = [1, 2, 3]")),
    ("too few", lambda: exec("p, q, r = [1, 2]")),
    ("starred too few", lambda: exec("p, q, *r = [1]")),
    ("not iterable", lambda: exec("p, q = 5")),
    ("none", lambda: exec("p, q = None")),
]
for label, fn in cases:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
