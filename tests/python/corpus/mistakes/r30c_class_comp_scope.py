# A class attribute used inside a comprehension in the class body.
class Grid:
    size = 3
    cells = [[0] * size for _ in range(size)]
    labels = [f"r{i}c{j}" for i in range(size) for j in range(size)]

print(len(Grid.cells), len(Grid.labels))
