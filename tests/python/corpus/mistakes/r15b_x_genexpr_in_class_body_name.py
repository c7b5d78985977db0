# Mistake: a generator expression in a class body cannot see the other class attributes.
class Grid:
    size = 3
    cells = [[0] * size for _ in range(size)]
    total = sum(len(row) for row in cells)
    labels = [f"{r}{c}" for r in "ab" for c in range(size)]

print(Grid.total)
