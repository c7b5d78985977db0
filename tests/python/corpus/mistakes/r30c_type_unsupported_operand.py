# Subtracting a list from a list.
# (kept short on purpose: the mistake is the point)
a = [1, 2, 3, 4]
b = [2, 4]
print(a - b)
