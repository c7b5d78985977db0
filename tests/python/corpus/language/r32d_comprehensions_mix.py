# List, dict, set and nested comprehensions with conditions and the walrus operator
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({n: n ** 2 for n in range(5) if n != 2}, {len(w) for w in ["a", "bb", "cc"]})
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 10) > 35], y)
print(sum(x * x for x in range(10)), any(x > 8 for x in data), all(data))
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs, dict(pairs))
print([(i, c) for i, c in enumerate("abc", start=1)], list(map(str.upper, "ab")))
flat = [c for word in ("hi", "yo") for c in word]
print(flat, [[0] * 2 for _ in range(2)], {(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([x for x in range(3)][5])
