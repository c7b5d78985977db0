# Tuples: packing, unpacking, swapping, nested unpacking and immutability
point = 3, 4
x, y = point
x, y = y, x
print(point, x, y, type(point).__name__)
(a, b), c = (1, 2), 3
print(a, b, c)
records = [('ann', (90, 85)), ('bob', (70, 95))]
for name, (m, e) in records:
    print(f'{name}: avg {(m + e) / 2}')
print((1,), (), tuple('ab'), (1, 2) + (3,), (0,) * 3)
print((1, 2, 3).index(2), (1, 1, 2).count(1), min((3, 1, 2)))
print((1, 2) < (1, 3), (2,) > (1, 9, 9))
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print(e)
point[0] = 10
