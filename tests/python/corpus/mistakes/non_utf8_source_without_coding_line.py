# A program saved in Latin-1 with no coding line: CPython refuses it before it runs
print("first")
name = "José"
print(name)
print(len(name))
