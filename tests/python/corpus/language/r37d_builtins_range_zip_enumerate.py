# Builtins a course tours: range attributes and slicing, zip strict, enumerate start, map/filter, reversed.
r = range(3, 30, 4)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r.index(11), r.count(7), 15 in r, 16 in r)
print(range(0) == range(5, 5), range(0, 3) == range(0, 4, 2) if False else range(0, 3, 2) == range(0, 4, 2), r.start, r.stop, r.step)
print(list(zip("abc", [1, 2, 3], strict=True)), list(zip()), list(zip("ab", "xyz")))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xyz", start=10)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(reversed(range(5))), list(reversed("ab")))
print(sum([[1], [2, 3]], []), sum(range(5), start=100), min("bca"), max([], default="empty"), max(3, 1, 4, key=lambda x: -x))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(map(str.isdigit, ["1", "a"])))
print(abs(-3.5), abs(True), divmod(17, 5), round(7.55, 1), pow(2, 10), bin(10), oct(64), hex(-255))
print(chr(9731), ord("€"), ascii("naïve ☃"), repr("tab\t"), str(b"bytes"), bool("False"))
print(isinstance(True, int), issubclass(bool, (str, int)), callable(print), type(None).__name__)
print(list(range(10))[slice(2, 8, 3)], slice(1, 5).indices(3), range(10)[-100:100])
range(1, 10, 0)
