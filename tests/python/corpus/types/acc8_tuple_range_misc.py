# Tuples and ranges and their methods and errors.
t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), t + (4,), t * 2, t[1:3], (1,), (), tuple("ab"))
print(range(10), range(2, 10, 3), list(range(10, 0, -3)), len(range(0, 100, 7)))
r = range(5, 50, 5)
print(r[2], r[-1], r[1:4], 25 in r, 26 in r, r.index(30), r.count(5), reversed(r).__class__.__name__)
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), hash(()) == hash(()))
print(sorted(t), min(t), max(t), sum(t), any(x > 2 for x in t), all(t))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
a, b = b, a = 1, 2
print(a, b)
