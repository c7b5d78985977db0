# List, dict and set comprehensions: conditions, nesting, and their own scope.
squares = [n * n for n in range(8)]
print(squares)
print([n for n in squares if n % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
words = ['apple', 'bob', 'cat', 'apple', 'dog']
print({w: len(w) for w in words})
print({i: w for i, w in enumerate(words) if len(w) == 3})
print({len(w) for w in words})
print({n % 5 for n in range(100, 120)})
print(sorted({c for c in 'mississippi'}))
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted)
x = 'outer'
print([x for x in 'ab'], x)
print([c.upper() if c in 'aeiou' else c for c in 'concurrency'])
print(''.join(str(d) for d in range(5)))
print(dict((k, v) for k, v in zip('abc', range(3))))
flat = [item for sub in [[1, 2], [], [3]] for item in sub]
print(flat, len([None for _ in range(4)]))
