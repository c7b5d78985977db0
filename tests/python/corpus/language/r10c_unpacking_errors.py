pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
for bad in ([1, 2, 3], [1], "abcd"):
    try:
        x, y = bad
    except ValueError as e:
        print(e)
try:
    x, y, *z = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
head, *tail = "x"
print(head, tail)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
print(*[1, 2], *"ab", sep="|")
print({**d, "k3": 3}, [*d, *d.values()])
key, value = {"only": 1}.popitem()
print(key, value)
x, y = {"a": 1, "b": 2, "c": 3}.items()
