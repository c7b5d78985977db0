# Assigning the result of append: the list becomes None
items = ["a", "b"]
items = items.append("c")
print(items)
items.append("d")
