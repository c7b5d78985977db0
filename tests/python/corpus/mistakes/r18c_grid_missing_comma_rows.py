GRID = [
    [1, 0, 0],
    [0, 1, 0]
    [0, 0, 1],
]


def trace(grid):
    return sum(grid[i][i] for i in range(len(grid)))


print("trace:", trace(GRID))
