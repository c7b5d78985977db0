# zip and enumerate: parallel lists, dicts from pairs, unzipping, and start values.
names = ["ana", "ben", "cai", "dee"]
scores = [91, 78, 85]
for i, name in enumerate(names, start=1):
    print(i, name)
for name, score in zip(names, scores):
    print(f"{name} scored {score}")
print(dict(zip(names, scores)))
pairs = list(zip(names, scores, "xyz"))
print(pairs)
a, b, c = zip(*pairs)
print(a, b, c)
from itertools import zip_longest
print(list(zip_longest(names, scores, fillvalue=0)))
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n.title(), s)
print(list(enumerate("abc", 10)))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)))
print([x * y for x, y in zip(range(1, 5), range(4, 0, -1))])
try:
    print(list(zip(names, scores, strict=True)))
except ValueError as e:
    print("ValueError:", e)
