# Assigning to a literal in a for loop target.
for 1 in range(3):
    print("x")
