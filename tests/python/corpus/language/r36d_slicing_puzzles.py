# String and list slicing puzzles: negative steps, out-of-range bounds and slice objects.
s = "abcdefgh"
print(s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[5:2], s[5:2:-1], s[-1:-5:-2])
print(s[100:], s[-100:3], s[3:100], repr(s[8]) if len(s) > 8 else "no index 8")
cut = slice(1, 6, 2)
print(s[cut], cut.start, cut.stop, cut.step, cut.indices(4), slice(None, None, -1).indices(5))
print(repr(slice(3)), slice(1, 2) == slice(1, 2))
nums = list(range(10))
nums[2:5] = ["x"]
print(nums)
nums[::3] = [0] * len(nums[::3])
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del nums[::2]
print(nums)
nums[1:1] = [7, 7]
print(nums, nums[-2:], nums[:0])
print("racecar"[::-1] == "racecar", "level"[1:-1], [1, 2, 3][::-1][1:])
word = "python"
print([word[i:i + 2] for i in range(len(word) - 1)], word[len(word) // 2:], word[:-len(word)])
t = (1, 2, 3, 4)
print(t[1:3], t[::-2], type(t[1:2]).__name__, t[:] is t, nums[:] is nums)
class Sliceable:
    def __getitem__(self, key):
        return key
sl = Sliceable()
print(sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl[:, None])
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
print(s[0.5:2] if False else "skip", s[True:3])
s[0] = "z"
