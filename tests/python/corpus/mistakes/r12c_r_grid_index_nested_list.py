# A grid indexed one past its edge.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

def neighbours_sum(r, c):
    return grid[r - 1][c] + grid[r + 1][c] + grid[r][c - 1] + grid[r][c + 1]

print(neighbours_sum(1, 1))
print(neighbours_sum(1, 2))
