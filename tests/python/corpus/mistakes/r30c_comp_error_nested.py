# An error inside a nested list comprehension.
# (kept short on purpose: the mistake is the point)
matrix = [[1, 2], [3, 0], [5, 6]]
inverses = [[1 / x for x in row] for row in matrix]
print(inverses)
