# Indexing a grid with row and column swapped.
grid = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
]

def cell(g, r, c):
    return g[r][c]

print(cell(grid, 1, 3))
print(cell(grid, 3, 1))
