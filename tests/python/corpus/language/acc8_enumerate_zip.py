# enumerate and zip, strict zip, and unpacking.
names = ["ann", "bob", "cid"]
scores = [90, 85]
for i, name in enumerate(names, 1):
    print(i, name)
print(list(zip(names, scores)))
import itertools
print(list(itertools.zip_longest(names, scores, fillvalue=0)))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print(e)
first, *rest = names
print(first, rest)
*init, last = range(5)
print(init, last)
a, (b, c) = 1, (2, 3)
print(a, b, c)
for i, (n, s) in enumerate(zip(names, scores)):
    print(f"{i}: {n}={s}")
print(dict(zip(names, itertools.count(10))))
