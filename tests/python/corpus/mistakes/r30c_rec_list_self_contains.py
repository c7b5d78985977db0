# A list that contains itself, printed and compared.
items = [1, 2]
items.append(items)
print(items)
print(len(items), items[2] is items)
other = [1, 2]
other.append(other)
print(items == other)
