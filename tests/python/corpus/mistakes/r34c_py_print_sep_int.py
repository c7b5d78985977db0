# Using a number as the separator for print
row = [1, 2, 3]
print(*row, sep=", ")
print(*row, sep=0)
# (a short program: the mistake is in the lines above)
