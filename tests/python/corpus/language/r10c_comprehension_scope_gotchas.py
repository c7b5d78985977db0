x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

class Config:
    factor = 3
    values = [1, 2]
    scaled = [v * 2 for v in values]
    try:
        tripled = [v * factor for v in values]
    except NameError as e:
        error = str(e)

print(Config.scaled, Config.error)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([[0] * 2] * 2, [[0] * 2 for _ in range(2)])
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
print({n % 3 for n in range(10)}, {c: c.upper() for c in "aba"})
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print([(i, j) for i in range(3) for j in range(i)])
print([n if n % 2 else -n for n in range(5)])
print([z := 5, z + 1], [w := v for v in "ab"], w)
