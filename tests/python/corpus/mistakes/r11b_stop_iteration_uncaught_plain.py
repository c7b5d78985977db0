# next() past the end of a file-like list of lines, outside any generator.
lines = iter(["header", "row 1", "row 2"])
header = next(lines)
print("header:", header)
for _ in range(3):
    row = next(lines)
    print("row:", row)
