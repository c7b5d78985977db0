# A class attribute used inside a comprehension in the class body.
class Grid:
    size = 3
    cells = [[0] * size for _ in range(size)]
    labels = [f"{r}{c}" for r in "ab" for c in range(size)]

print(Grid.cells)
