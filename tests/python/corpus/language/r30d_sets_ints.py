# Set operations on small ints (printed as Python orders them), frozensets, and comprehension
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9, 8]), a.intersection(range(3, 10)), a.isdisjoint({10}), {1, 2} <= a, {1, 2} < {1, 2})
s = set()
print(s, type({}).__name__, set("aaa"), {n % 4 for n in range(20)})
s.add(3)
s.update([1, 2], {9})
s.discard(100)
print(s, len(s), 3 in s, s.pop(), s)
fs = frozenset([3, 1, 2])
print(fs, {fs: "key"}, fs | {0}, hash(fs) == hash(frozenset({1, 2, 3})))
print(sorted({-5, 10, 0, 3}), {True, 1, 1.0}, {0, False}, set([(1, 2), (1, 2)]))
print({100, 33, 7, 64, 1000}, {-1, -2, 5})
s.remove(42)
