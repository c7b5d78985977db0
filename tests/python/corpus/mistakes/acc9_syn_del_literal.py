# del of a literal.
print("start")

items = [1, 2, 3]
del 2
print(items)
