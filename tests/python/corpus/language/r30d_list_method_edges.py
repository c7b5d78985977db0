# List method edge cases: insert past the end, index with bounds, extended slice sizes, negative repeat
xs = [10, 20, 30]
xs.insert(100, 99)
xs.insert(-100, 0)
print(xs, [1, 2] * -1, [0] * 3, xs.index(30, 1, 4), xs.count(99))
ys = list(range(10))
ys[1:9:2] = "abcd"
print(ys)
try:
    ys[::3] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
ys[2:5] = []
print(ys, ys[::-2], ys[-1:-4:-1])
zs = [3, 1, 2]
print(zs.reverse(), zs, zs.copy() == zs, zs.copy() is zs, zs.pop(-2), zs, zs.clear(), zs)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested, [[0] * 2 for _ in range(2)])
a = [1, 2, 3]
b = a
a = a + [4]
b += [5]
print(a, b)
print([1, 2, 3].index(2, 2))
