# The None returned by append used as the list.
items = []
items = items.append(1)
items.append(2)
print(items)
