# Comprehensions: nested, filtered, dict and set comprehensions, matrix transposes, flattening
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(row) - 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({x: x ** 2 for x in range(5) if x != 2})
print({len(w) for w in "a bb cc ddd e".split()})
print([(x, y) for x in range(3) for y in range(x)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
words = ["Apple", "bob", "Kayak", "level", "Python"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print(sum(x * x for x in range(10)), any(w.startswith("P") for w in words), all([]))
gen = (n for n in range(3))
print(list(gen), list(gen))
x = "outer"
print([x for x in "ab"], x)
print({k: v for k, v in [("a", 1), ("a", 2)]}, [*range(3), *"hi"])
print([y for y in range(3) if undefined_name])
