# Extended unpacking everywhere: nested targets, starred in calls and literals, swaps, for loops
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c, *rest = [(1, 2), 3]
print(a, b, c, rest)
head, *tail = "x"
print(head, tail)
for i, (name, *scores) in enumerate([("ann", 1, 2), ("bob",)]):
    print(i, name, scores)
x, y = 1, 2
x, y = y, x + y
print(x, y)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *"ab", 3, **{"k": 1}, **dict(z=2)))
print([*range(3), *"hi"], {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2})
nested = [[1, [2, 3]], [4, [5, 6]]]
print([p + q + r for p, (q, r) in nested])
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = "xy"
except ValueError as e:
    print("ValueError:", e)
try:
    *a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    f(**{"k": 1}, k=2)
except TypeError as e:
    print("TypeError:", e)
