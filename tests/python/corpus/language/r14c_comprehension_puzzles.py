# Comprehension puzzles: nested loops, conditions, dict and set comprehensions, flattening.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x if x % 2 else -x for x in range(10)])
print([(a, b) for a in range(1, 4) for b in range(a, 4) if a != b])
print({x: x ** 2 for x in range(6) if x % 2 == 0})
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
print([[0] * 3 for _ in range(2)])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a*a + b*b == c*c]
print(triples)
print(sum(x for x in range(101) if x % 3 == 0 or x % 5 == 0))
words = ["hi", "hello", "hey", "bye"]
print({w: len(w) for w in words}, {w[0] for w in words} == {'h', 'b'})
print([c for c in "Mississippi" if c in "sp"], "".join(c.upper() for c in "abc"))
x = 10
print([x for x in range(3)], x)
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
