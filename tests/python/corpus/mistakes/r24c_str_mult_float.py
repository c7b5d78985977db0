line = "-" * 2.5
print(line)
