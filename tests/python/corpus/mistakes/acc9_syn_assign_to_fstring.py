# Assigning to an f-string.
print("start")

name = "x"
f"{name}" = "y"
print(name)
