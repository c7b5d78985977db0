# Sets of ints iterate in CPython's hash order; set operations and methods.
print({3, 1, 2}, {10, 1, 100, 5}, set([9, 8, 7, 8, 9]))
print({100, 200, 3, 17, 64, 33}, {-1, -2, 5}, {0, 8, 16, 1})
s = set()
for n in (40, 8, 1, 33, 2):
    s.add(n)
print(s, len(s), 33 in s, 34 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, a >= {1}, a.isdisjoint({9}), {1, 2}.issubset(a), a.issuperset({4}))
s.discard(8)
s.discard(999)
s.remove(1)
print(s, sorted(s), sorted(s, reverse=True))
print(s.pop(), s)
frozen = frozenset([3, 1, 2])
print(frozen, {frozen: 'ok'}[frozenset({1, 2, 3})])
print(set(range(20, 0, -3)), {n * n for n in range(-4, 5)})
print({True, 1, 1.0}, {2, 2.0}, len({'a', 'a'}))
print(sorted({'pear', 'apple', 'fig'}), set())
s.update([7, 77, 777])
print(s)
try:
    s.remove(12345)
except KeyError as e:
    print('KeyError:', e)
