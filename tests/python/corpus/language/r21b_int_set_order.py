# sets of ints, floats and tuples print in hash order (deterministic) after adds and discards
print({5, 1, 33, 17, 64}, {100, 1000, 10000, 7, -1, -2}, {2**61, 2**61 - 1, 2**64, -2**63})
s = set(range(20, 0, -3))
print(s, s | {99, 64, 32}, s & set(range(0, 30, 2)), s - {20}, s ^ {1, 2, 3})
s = set()
for i in [40, 8, 16, 24, 32, 0, 48]:
    s.add(i)
print(s)
s.discard(8); s.add(56); s.add(72)
print(s, list(s), sorted(s))
print({1.5, 2.5, 0.1, 1e10, -0.5}, {(1, 2), (2, 1), (0, 0), (3,)}, {True, 2, 0.0})
print(set('hello') == set('olleh'), frozenset({3, 11, 19}), {x * x for x in range(-5, 6)})
big = set(range(0, 200, 7))
print(big)
for i in range(0, 200, 14):
    big.discard(i)
print(big, big.pop(), big)
d = {}
for k in [ (1, 2), (3, 4), 5.5, 7, -7]:
    d[k] = str(k)
print(d)
print(set([12, 4, 8]) , {-1, -2, -3}, {2**31, 2**32, 2**33})
