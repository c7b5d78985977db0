# range objects and slicing: steps, negatives, len, membership, reversed
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], 11 in r, 12 in r)
print(list(range(10, 0, -2)), list(range(0)), list(reversed(range(4))))
print(r[1:4], list(r[::-1]), r.index(8), r.count(5))
s = 'asyncio'
print(s[1:4], s[:3], s[-3:], s[::2], s[::-1], s[100:], s[-100:2])
nums = list(range(10))
nums[2:5] = ['a', 'b']
print(nums)
del nums[::3]
print(nums)
print(range(5) == range(0, 5, 1), range(0) == range(2, 2))
print(range(1, 10)[20])
