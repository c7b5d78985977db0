# Removing duplicates while keeping order, set algebra on ints, and symmetric updates in place
nums = [5, 3, 5, 1, 3, 9, 1, 7]
print(list(dict.fromkeys(nums)), sorted(set(nums)), len(set(nums)))
seen = set()
unique = [n for n in nums if not (n in seen or seen.add(n))]
print(unique)
a, b = set(range(0, 20, 3)), set(range(0, 20, 4))
print(sorted(a & b), sorted(a - b), len(a ^ b), a >= {3, 6}, max(a | b))
a -= {0, 3}
a |= {100}
a &= set(range(50)) | {100}
a ^= {6, 200}
print(sorted(a))
s = {1, 2, 3}
print(s.issubset(range(5)), s.issuperset([1]), s.symmetric_difference([3, 4]), s.difference_update([1]), s)
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}), frozenset({1})}, set() == frozenset())
print({1, 2} | [3])
