# A str repeated by a float and added to a float
line = "-" * 2.5
print(line)
