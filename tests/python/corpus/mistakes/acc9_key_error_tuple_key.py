# A dict keyed by tuples, read with a missing pair.
print("start")

grid = {(0, 0): "start", (1, 0): "wall"}
print(grid[(0, 0)])
print(grid[(0, 1)])
