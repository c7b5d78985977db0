# Augmented assignment to a tuple of names.
x, y = 1, 2
x, y += 1, 1
print(x, y)
print("moved")
