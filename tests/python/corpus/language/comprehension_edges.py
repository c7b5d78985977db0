# Language: comprehension edge cases: nested, conditional, scoping, dict and set, walrus.
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5) if x != 2}, {x % 3 for x in range(10)})
print([x if x > 2 else -x for x in range(5)])
x = 'outer'
squares = [x * x for x in range(4)]
print(x, squares)
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x for x in range(101)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
print([y for n in range(6) if (y := n * n) > 5], y)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
print({k: v for k, v in zip('abc', range(3))}, dict.fromkeys('ab', 0))
print([c for c in 'hello' if c not in 'aeiou'], list(map(str.upper, 'ab')))
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2}, [[0] * 2] * 2)
