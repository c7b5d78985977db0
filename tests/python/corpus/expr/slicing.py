# Slicing strings, lists, tuples and ranges; steps, negatives, slice objects, slice assignment.
s = 'Hello, World'
print(s[0], s[-1], s[:5], s[7:], s[-5:-1], s[::2], s[::-1], s[100:], s[-100:3])
nums = list(range(10))
print(nums[2:8:2], nums[8:2:-2], nums[::-3], nums[-3:], nums[:-7], nums[5:5])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[:0])
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], list(r[::-2]))
sl = slice(1, None, 2)
print(nums[sl], s[sl], sl.start, sl.stop, sl.step)
print(slice(5), slice(1, 2), slice(None).indices(4))
nums[2:5] = ['a', 'b']
print(nums)
nums[::3] = [None] * 3
print(nums)
nums[:] = []
print(nums)
grid = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in grid], grid[-1][::-1])
copy = grid[:]
copy.append('x')
print(len(grid), len(copy), copy[0] is grid[0])
try:
    [1, 2][::0]
except ValueError as e:
    print('ValueError:', e)
try:
    nums[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
