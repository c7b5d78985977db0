# Set algebra with small integers: symmetric difference, subsets, frozenset keys, update methods
evens = {0, 2, 4, 6, 8}
primes = {2, 3, 5, 7}
print(evens & primes, evens | primes, evens - primes, evens ^ primes)
print(evens.isdisjoint({1, 3}), {2}.issubset(primes), primes >= {2, 3}, primes > primes)
s = set(range(5))
s.intersection_update(range(2, 10))
print(s)
s.symmetric_difference_update({3, 9})
print(s)
s.difference_update([2])
s.update([1], (0,))
print(s, s.pop() in {0, 1, 4, 9}, len(s))
pairs = {frozenset({1, 2}): "edge a", frozenset({2, 3}): "edge b"}
print(pairs[frozenset({2, 1})], frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__)
print({x % 3 for x in range(10)}, set(), {()}, {1, 1.0, True})
s.discard(100)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({5, 1, 3} | {2}), max({4, 8, 1}), sum({1, 2, 3}))
