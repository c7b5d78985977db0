import sys

sys.setrecursionlimit(300)
flatten = lambda xs: [y for x in xs for y in (flatten(x) if isinstance(x, list) else [x])]

print(flatten([1, [2, [3, 4]], 5]))

nested = [1]
nested.append(nested)
print(flatten(nested))
