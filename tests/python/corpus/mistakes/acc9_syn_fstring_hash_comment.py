# A comment inside an f-string's expression.
print("start")

count = 3
print(f"{count # number of tasks}")
