# Repeating a string by a float.
# (kept short on purpose: the mistake is the point)
#
width = 10 / 2
print("-" * width)
