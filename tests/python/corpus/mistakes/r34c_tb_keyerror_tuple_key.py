# A grid stored in a dict keyed by (row, col) tuples
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)])
print(grid[2, 2])
print(grid[(3, 0)])
