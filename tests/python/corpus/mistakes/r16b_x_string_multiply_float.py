# A str repeated by a float and added to a float
print("== string multiply float ==")

line = "-" * 2.5
print(line)
