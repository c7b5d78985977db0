# Aliasing and copies of nested lists: = vs copy() vs deepcopy, and the [[]] * 3 grid trap
import copy

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
orig = [[1, 2], [3, 4]]
alias = orig
shallow = orig.copy()
deep = copy.deepcopy(orig)
orig[0].append(99)
orig.append([5])
print(alias, shallow, deep, sep='\n')
print(alias is orig, shallow[0] is orig[0], deep[0] is orig[0])
print(orig[:] == orig, orig[:] is orig, list(orig) is orig)
