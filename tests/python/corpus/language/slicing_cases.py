# Language: slicing lists, strings and tuples: steps, negatives, assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[-2:1:-3], a[5:2])
print(a[100:], a[-100:2], 'python'[1:4], 'python'[::-2], (1, 2, 3)[1:])
b = a[:]
b[2:5] = ['x']
print(b)
b[::3] = [0] * len(b[::3])
print(b)
del b[1::2]
print(b, len(b))
s = slice(1, None, 2)
print(a[s], s, s.start, s.stop, s.step, 'abcdef'[s])
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [0]
print(c, c[-1], c[-len(c)])
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
