# Comprehension scoping rules: loop variables, class bodies and nested comprehensions.
x = "outer"
squares = [x * 2 for x in "ab"]
print(squares, x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2], {n: n ** 2 for n in range(4) if n})
print({w[0] for w in ["apple", "avocado"]}, [(a, b) for a in range(3) for b in range(a)])

class Config:
    base = 10
    values = [base + i for i in range(3)]
    try:
        doubled = [base * i for i in range(2) if base]
    except NameError as e:
        err = str(e)

print(Config.values, Config.err)

def make():
    items = [lambda: i for i in range(3)]
    return [f() for f in items]
print(make())
gen = (y for y in range(3))
y = "untouched"
print(list(gen), y)
vals = [1, 2, 3]
g = (v * 10 for v in vals)
vals = [9]
print(list(g))
print([(i, j) for i in range(2) if i for j in "ab"], [c for c in "hello" if c not in "aeiou"])
print([i if i % 2 else -i for i in range(5)], dict(zip("ab", [[]] * 2)))
nested = [[0] * 2 for _ in range(2)]
aliased = [[0] * 2] * 2
nested[0][0] = aliased[0][0] = 1
print(nested, aliased)
print([z for z in range(3)], z)
