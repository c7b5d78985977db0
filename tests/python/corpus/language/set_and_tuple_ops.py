# Language: sets of ints and tuples: operators, methods, frozenset keys, tuple packing.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1, 2} < a, a.isdisjoint({9}))
a.add(10); a.discard(1); a.remove(2)
print(a, len(a), sorted(a, reverse=True), 3 in a, {x * 2 for x in a})
print(set('aab') == {'a', 'b'}, set(), frozenset([1, 2]), {frozenset([1]): 'x'})
t = 1, 2, 3
x, *rest = t
print(t, x, rest, t.count(2), t.index(3), t + (4,), t * 2, (1,), ())
print((1, 2) < (1, 3), (2,) > (1, 9), tuple('ab'), tuple(sorted({3, 1, 2})))
point = (3, 4)
match point:
    case (0, y):
        print('on the y axis', y)
    case (x, y) if x == y:
        print('diagonal')
    case (x, y):
        print('somewhere', x, y)
s = {5, 3, 8}
s.update([1, 2])
print(s, s.pop(), s, set(range(5)) - {0})
