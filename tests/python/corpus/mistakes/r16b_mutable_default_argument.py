# A list as a default argument keeps growing between calls (no error, a surprise)
def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item("apple"))
print(add_item("pear"))
print(add_item("plum", []))
