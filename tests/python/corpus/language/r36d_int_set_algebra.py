# Set algebra on integer sets: unions, differences, frozensets as keys and the errors.
evens = {x for x in range(10) if x % 2 == 0}
primes = {2, 3, 5, 7}
print(evens | primes, evens & primes, evens - primes, evens ^ primes)
print(evens.union([11], (13,)), primes.intersection(range(4)), primes.difference({2}, {3}))
print(primes <= set(range(10)), primes < primes, {2, 3}.issubset(primes), primes.issuperset([5]))
s = {3, 1, 2}
s.add(2)
s.update([4, 5], {6})
s.discard(42)
s.remove(1)
print(s, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.intersection_update(range(4))
print(s)
s.symmetric_difference_update({3, 9})
print(s, s.copy() == s, s.copy() is s)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(groups, frozenset({1, 2}) | {3}, type(frozenset({1}) | {3}).__name__)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
x = {1, 2}
print(x.pop(), x, set() == frozenset(), set(), {}, type({}).__name__)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(sorted({5, -1, 3}, reverse=True), sum({1, 2, 3}), max({4, 9, 2}))
print({1, 2} == {2, 1}, {1, 2}.isdisjoint({3}), set("aab") == {"a", "b"}, {True, 1, 1.0})
print(set(range(5)) - {0} <= {1, 2, 3, 4}, {0} | set(), set([1]) ^ set())
