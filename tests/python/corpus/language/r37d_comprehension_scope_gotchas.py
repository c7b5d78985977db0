# Comprehension gotchas: loop variables don't leak, nested order, class scope, generator laziness.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
matrix = [[1, 2, 3], [4, 5, 6]]
print([n for row in matrix for n in row if n % 2], [[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v}, {len(w) for w in ["a", "bb", "cc"]})
gen = (n * 10 for n in range(3))
items = list(gen)
print(items, list(gen))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
source = [1, 2, 3]
lazy = (s for s in source)
source.append(4)
print(list(lazy))
source = [9]
g2 = (s + len(source) for s in source)
source = [100, 200]
print(list(g2))
print([(a, b) for a in range(3) for b in range(a)], [y for y in [y for y in range(3)]])
print(sum(i for i in range(10) if i % 3 == 0), max((len(w), w) for w in "to be or not".split()))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
class K:
    n = 3
    ok = [i for i in range(n)]
    bad = [n + i for i in range(2)]
