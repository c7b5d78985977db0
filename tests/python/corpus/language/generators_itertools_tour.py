def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "end"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(sum(x * x for x in range(10)), list(x for x in "abc" if x != "b"))
sq = (x * x for x in range(3))
print(list(sq), list(sq))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
print(list(enumerate("abc", start=1)), dict(enumerate("ab")))
print(list(zip(*[(1, "a"), (2, "b")])))
print([(i, j) for i in range(3) for j in range(i)])
print({i % 3 for i in range(10)}, {k: len(k) for k in ["aa", "b"]})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row])
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.combinations("abc", 2)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.groupby("aabbbc"))[0][0])
for k, grp in itertools.groupby(sorted(["apple", "avocado", "banana"]), key=lambda s: s[0]):
    print(k, list(grp))
next(it)
