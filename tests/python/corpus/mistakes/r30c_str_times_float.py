# Repeating a string by a float.
width = 10 / 2
print("-" * width)
