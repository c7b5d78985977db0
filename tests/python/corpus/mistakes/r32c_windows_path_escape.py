# A Windows path in a normal string: \n and \t turn into whitespace.
path = "C:\new\table\data.txt"
print(path)
print(len(path))
parts = path.split("\\")
print(parts)
