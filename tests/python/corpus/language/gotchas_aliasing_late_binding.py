funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1), add(2))
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e, t)
print(0.1 * 3, 1 / 3 * 3, 7 // -2, -7 % 3, 2 ** -1, int(-3.7), round(-3.5))
x = [3, 1, 2]
y = x.sort()
print(y, x, sorted(x, reverse=True))
print(list(zip([1, 2, 3], "ab")), list(map(lambda v: v * 2, {1: "a", 2: "b"})))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
first, *middle, last = range(6)
print(first, middle, last)
print(*[1, 2], sep=":", end="!\n")
print(1 < 2 < 3, 1 < 3 < 2, (1 < 3) < 2, not 1 == 2)
n = 0
while (n := n + 1) < 4:
    print("n", n, end=" ")
print()
print("yes" if [] else "no", [] or "empty", 0 and "x", None is None)
print(type(1 / 1), type(2 ** 100), 2 ** 100, -2 ** 2, (-2) ** 2, 10 ** 20 // 3)
print(int("0x1f", 16), int("101", 2), int(" 42 "), float(" 1e3 "), str(10 ** 20), bool("False"))
print(abs(-5), max([1, 5, 3]), min("b", "a"), sum([0.1] * 10), sum([[1], [2]], []))
