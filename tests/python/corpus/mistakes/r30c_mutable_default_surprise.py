# A mutable default argument keeps growing, then a type mistake.
def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item("apple"))
print(add_item("pear"))
print(add_item("fig", basket=None))
