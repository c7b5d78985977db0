x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)

class Config:
    base = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        print("NameError:", e)
    first_base = [base for _ in range(1)] if False else None
print(Config.doubled, hasattr(Config, "shifted"))

matrix = [[1, 2, 3], [4, 5, 6]]
print([n for row in matrix for n in row if n % 2])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v})
print({len(w) for w in ["a", "bb", "cc", "d"]})
print([(i, j) for i in range(3) for j in range(i)])

total = 0
print([total := total + n for n in range(5)], total)
print([y for y in range(3)])
try:
    print(y)
except NameError as e:
    print("NameError:", e)
gen = (a for a in range(3))
print(list(gen))
funcs = {n: (lambda: n) for n in "ab"}
print({k: f() for k, f in funcs.items()})
print([i for i in range(3)] == list(i for i in range(3)))
print([z for z in undefined_name])
