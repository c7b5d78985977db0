# A backslash inside an f-string expression (not allowed in 3.11).
names = ["ann", "bob"]
print(f"{'\n'.join(names)}")
