# Swapped the sides of an assignment.
# (kept short on purpose: the mistake is the point)
limit = 10
10 = limit
print(limit)
