# Unpacking records of the wrong shapes.
records = [
    ("ann", 31, "paris"),
    ("bob", 25),
    ("cy", 40, "rome", "extra"),
    "dee",
    None,
    42,
    {"name": "eve", "age": 22, "city": "oslo"},
    iter(["f", 1, "x", "y"]),
]
for rec in records:
    try:
        name, age, city = rec
        print("ok:", name, age, city)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
for rec in [[1], [1, 2], [1, 2, 3, 4]]:
    try:
        first, second, *rest, last = rec
        print("star ok:", first, second, rest, last)
    except ValueError as e:
        print("star:", e)
try:
    for key, value in {"a": 1, "bb": 2}:
        print(key, value)
except ValueError as e:
    print("dict loop:", e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = 1, 2
except TypeError as e:
    print("nested:", e)
