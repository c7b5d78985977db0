# A tuple plus a list.
print("start")

base = (1, 2)
print(base + (3,))
print(base + [3])
