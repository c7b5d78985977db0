# String slicing and indexing: negative indexes, steps, reversing, out-of-range slices
s = "Hello, asyncio!"
print(s[0], s[-1], s[7:14], s[:5], s[7:], s[-8:-1], s[::2], s[::-1], s[-3::-3])
print(repr(s[100:]), s[5:2], s[-100:3], len(s), s[len(s) - 1])
word = "racecar"
print(word == word[::-1], word[1:-1], word[2:5][::-1])
sl = slice(1, 10, 3)
print(s[sl], sl, sl.indices(len(s)), "abcdef"[slice(None, None, -2)])
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
del lst[1::2]
print(lst)
print("python"[10])
