# A literal in the middle of a chained assignment.
print("start")

x = 1 = y
print(x)
