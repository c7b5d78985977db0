# Comprehension scope: class bodies, shadowed loop variables, nested loops order, walrus leaks
x = "outer"
squares = [x for x in range(3)]
print(x, squares)

class Config:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        err = str(e)

print(Config.scaled, Config.err)
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
if any((hit := n) > 5 for n in [2, 7, 9]):
    print("first above 5:", hit)
totals = [total := 0] + [total := total + n for n in (1, 2, 3)]
print(totals, total)
funcs = {n: (lambda: n) for n in "ab"}
print({k: f() for k, f in funcs.items()})
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print({k: v for k, v in zip("aab", range(3))})
