# Comprehensions: nested, conditional, dict and set, flattening.
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({x: x ** 2 for x in range(5) if x != 2})
print({len(w) for w in "the quick brown fox".split()})
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
words = ["apple", "bob", "kayak", "test"]
print([w for w in words if w == w[::-1]])
print(list(zip(*matrix)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
x = 10
print([x for x in range(3)], x)
print([(i, c) for i, c in enumerate("abc", start=1)])
print(dict(enumerate("xyz")))
