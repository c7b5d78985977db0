# Dictionaries keep insertion order even after deletions and re-insertions; sets of ints do not.
d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
del d[3]
d[3] = "back"
d[5] = "updated"
print(d, list(d), list(d.values()))
s = {5, 3, 9, 1}
s.discard(3)
s.add(3)
print(s)
big = {i: str(i) for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
big[0] = "zero"
print(list(big)[:5], list(big)[-3:], len(big))
nums = set(range(20))
for i in range(0, 20, 2):
    nums.discard(i)
nums.add(40)
nums.add(0)
print(nums)
print(dict.fromkeys([3, 1, 3, 2]), list(dict.fromkeys("mississippi")))
print({-1: "a", -2: "b"}, {-1, -2, -3}, {2**61 - 1, 2**61, 7}, {1.5, 2.5, 0.5})
