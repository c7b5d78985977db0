# Tried to collect all values with a bare starred assignment.
values = [3, 1, 4, 1, 5]
*rest = values
print(rest)
print(len(rest))
