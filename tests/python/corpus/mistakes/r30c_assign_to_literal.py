# Swapped the sides of an assignment.
limit = 10
10 = limit
print(limit)
