# copy.copy of a nested list shares the inner lists (no error, a surprise)
import copy

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
shallow[0][0] = 1
print(grid, deep)
rows = [[0] * 2] * 2
rows[0][1] = 5
print(rows)
