def split_ends(seq):
    first, *mid, last = seq
    return first, *mid[::-1], last

def numbers():
    base = [1, 2]
    yield *base, 3
    yield 0, *base

print(split_ends("abcde"))
print(list(numbers()))
head, *tail = split_ends([1, 2, 3])
print(head, tail)
a, b = [1, 2], (3,)
print([*a, *b], (*a, *b), {*a, *b}, *a, *b)
print({**{"x": 1}, **dict(y=2), "z": 3})
grid = {}
grid[1, 2] = "tuple key"
grid[*a] = "star key"
print(grid)
def pack(*args, **kw):
    return args, kw
print(pack(*a, 9, *b, **{"k": 1}, j=2))
print(max(*a, *b), min(*"zyx"))
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
print([*range(3), *"ab", *{"k": 0}])
t = *a,
print(t, type(t).__name__)
first, *_ = "only"
print(first, _)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*zip(*zip(*matrix))])
print(*[], sep="|")
print(*"", "end")
*a, = []
print(a)
*x, y, z = [1]
