# Slicing lab: lists, strings, slice objects, slice assignment and deletion
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[::2], nums[1::3], nums[::-1], nums[8:2:-2], nums[-1:-4:-1])
print(nums[5:2], nums[100:], nums[-100:2], nums[::-3], nums[3:3])
s = "Hello, World"
print(s[7:], s[:5], s[-5:-1], s[::-1], s[::2], s[1:-1], s[len(s):], repr(s[5:5]))
sl = slice(1, 8, 3)
print(nums[sl], sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(5))
a = nums[:]
a[2:4] = ["x", "y", "z"]
print(a)
a[::3] = [0] * len(a[::3])
print(a)
a[1:1] = [99]
del a[-2:]
print(a)
del a[::2]
print(a, len(a))
b = [1, 2, 3, 4, 5, 6]
b[1:5] = []
print(b)
b[:] = "abc"
print(b)
grid = [list(row) for row in ("abc", "def", "ghi")]
print([row[1] for row in grid], [grid[i][i] for i in range(3)], grid[-1][::-1], [r[::-1] for r in grid][0])
t = tuple(range(6))
print(t[1:4], t[::-2], type(t[1:2]).__name__, t[:0])
word = "racecar"
print(word == word[::-1], "level"[:2] + "level"[2:], "python"[1:4:2], "abcdef"[-2::-2])
chunks = [s[i:i + 4] for i in range(0, len(s), 4)]
print(chunks, "".join(reversed(chunks)))
try:
    a[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print(e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(e)
try:
    nums[1:5:0]
except ValueError as e:
    print(e)
print(nums["1":])
