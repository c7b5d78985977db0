# Set operations on integers: union, intersection, differences, subsets and frozensets
evens = {0, 2, 4, 6, 8}
primes = {2, 3, 5, 7}
print(evens | primes, evens & primes, evens - primes, evens ^ primes)
print(evens.union([10]), primes.issubset(range(10)), {2} < primes, primes >= {2, 3})
print(evens.isdisjoint({1, 3}), len(evens | primes), 4 in evens, min(primes), sorted(primes, reverse=True))
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
print(s, s.pop(), s)
fs = frozenset([1, 2, 2, 3])
print(fs, {fs: "ok"}[frozenset({3, 2, 1})], fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
print({x % 3 for x in range(10)}, set(), {1, 1.0, True}, repr(frozenset()))
print({1, 2} == {2, 1}, [1, 2] == [2, 1], sum({1, 2, 3}))
s.remove(42)
