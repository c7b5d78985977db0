# Tuple unpacking: nested, starred, swaps, chained assignment, and its errors.
a, b = 1, 2
a, b = b, a
print(a, b)

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)

(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([('ann', 3), ('bob', 5)]):
    print(i, name, score)

p = q = r = []
p.append(1)
print(q, r)

[m, n] = 'hi'
print(m, n)
merged = [*range(2), *'xy', *(9,)]
print(merged)
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)

try:
    one, two = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    one, two, three = [1, 2]
except ValueError as e:
    print(e)
