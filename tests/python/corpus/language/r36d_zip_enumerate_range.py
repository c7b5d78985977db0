# Built-in iteration helpers: zip(strict=True), enumerate, map, filter, reversed and range.
names = ["ann", "ben", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(f"{i}. {n} ({a})")
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip(names, [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))), list(reversed("abc")))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 4 in r, 7 in r, r.index(4), r.count(1))
print(range(5) == range(0, 5, 1), range(0) == range(2, 2), r.start, r.stop, r.step)
print(list(range(-3)), range(0, 10, 2)[::-1], sum(range(101)), max(range(7)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy", 10)
print(next(e), list(e), type(e).__name__)
z = zip()
print(list(z), list(zip("abc")), any([]), all([]))
print(sorted(zip(ages, names), reverse=True)[0][1])
