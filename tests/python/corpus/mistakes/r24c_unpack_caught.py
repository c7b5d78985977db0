rows = ["a=1", "b=2=3", "c", "d="]
for row in rows:
    try:
        key, value = row.split("=")
        print(key, "->", repr(value))
    except ValueError as e:
        print(repr(row), "ValueError:", e)
pairs = {"x": 1, "y": 2}
try:
    for k, v in pairs:
        print(k, v)
except ValueError as e:
    print("ValueError:", e)
for k, v in pairs.items():
    print(k, v)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print("ValueError:", e)
