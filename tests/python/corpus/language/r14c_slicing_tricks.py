# Slicing tricks: reverse, steps, negative indices, slice assignment and deletion.
a = list(range(10))
print(a[::-1], a[::2], a[1::3], a[-3:], a[:-3], a[8:2:-2])
print(a[100:], a[-100:2], "hello"[::-1], "hello"[1:-1])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [9, 9, 9]
print(b)
del b[::2]
print(b)
c = list(range(6))
c[::2] = "ABC"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(e)
s = slice(1, 8, 3)
print(a[s], s.indices(5), s)
word = "Programming"
print(word[:3] + word[-3:], word[::3], word[len(word)//2:])
rot = lambda lst, k: lst[k:] + lst[:k]
print(rot([1, 2, 3, 4, 5], 2), rot("abcdef", -2))
