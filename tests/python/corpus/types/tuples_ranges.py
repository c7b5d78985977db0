# Tuples and ranges.
t = (1, 'two', 3.0)
print(t, len(t), t[1], t[-1], t.index(3.0), (1, 1, 2).count(1))
print((), (1,), tuple('ab'), tuple([1, 2]), 1, (1), type((1,)).__name__)
a, b, c = t
print(a, b, c)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), 2 in t, t == (1, 'two', 3.0))
nested = ((1, 2), (3, 4))
print(nested[1][0], [x for pair in nested for x in pair])
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
print(range(5), range(1, 10, 2), list(range(10, 0, -3)), list(range(0)), len(range(0, 100, 7)))
r = range(3, 30, 4)
print(r.start, r.stop, r.step, r.index(11), 11 in r, 12 in r, r[-1], sum(r), min(r), max(r))
print(list(reversed(range(4))), range(4) == range(0, 4), tuple(range(3)))
print(divmod(17, 5), tuple(enumerate('ab')), hash((1, 2)) == hash((1, 2)))
point = (3, 4)
x, y = point
print(f'x={x} y={y}', max((1, 'b'), (1, 'a')), sorted([(2, 1), (1, 2)]))
print(len(range(10 ** 12)), range(10 ** 12)[-1])
