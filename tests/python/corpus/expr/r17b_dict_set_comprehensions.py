# Dict and set comprehensions: inverting, filtering, grouping by first letter
prices = {'apple': 1.2, 'banana': 0.5, 'cherry': 3.0, 'date': 3.0}
inverted = {v: k for k, v in prices.items()}
print(inverted)
cheap = {k: f'{v:.2f}' for k, v in prices.items() if v < 2}
print(cheap)
initials = {name[0] for name in prices}
print(sorted(initials))
squares = {n: n * n for n in range(6)}
print(squares, sum(squares.values()))
words = ['ant', 'bee', 'bat', 'cow', 'ape']
grouped = {c: [w for w in words if w[0] == c] for c in sorted({w[0] for w in words})}
print(grouped)
print({i % 3 for i in range(10)}, {(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({k: v for k, v in zip('abc', range(3))}, dict.fromkeys('xy', 0))
print({[1]: 2})
