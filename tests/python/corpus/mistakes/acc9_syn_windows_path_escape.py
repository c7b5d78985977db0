# A Windows path in a normal string literal.
print("start")

path = "C:\Users\ann\notes.txt"
print(path)
