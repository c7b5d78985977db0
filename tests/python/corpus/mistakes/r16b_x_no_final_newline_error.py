# The last line has no newline and raises
values = [1, 2]
print(values[2])