# zip (with strict), map, filter, enumerate with start, and lambdas as learners use them
names = ["ann", "bob", "cy"]
scores = [91, 78, 85]
print(list(zip(names, scores)), dict(zip(names, scores)))
print(list(zip(*[("a", 1), ("b", 2)])), list(zip()), list(zip("ab", range(5))))
print(list(map(str.title, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda s: s > 80, scores)), list(filter(None, [0, 1, "", "x", None])))
for rank, (n, s) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(f"#{rank} {n.capitalize():<4}{s}")
m = map(int, "1 2 3".split())
print(next(m), list(m), list(m))
print(type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(list(zip(names, scores, strict=True)))
print(list(zip(names, [1, 2], strict=True)))
