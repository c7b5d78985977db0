# The last line has no newline and raises
print("== no final newline error ==")

values = [1, 2]
print(values[2])