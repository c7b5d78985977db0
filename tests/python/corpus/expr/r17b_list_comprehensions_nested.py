# Nested and conditional list comprehensions a learner tries
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print([x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print(['even' if x % 2 == 0 else 'odd' for x in range(5)])
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4) if (a + b) % 2 == 0]
print(pairs)
words = ['apple', 'bob', 'kayak', 'tree']
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words}, {len(w) for w in words})
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 10 for x in range(10)))
flat = [c for w in words for c in w]
print(len(flat), flat[:7])
