# Unpacking pairs with ** in a dict comprehension's value.
print("start")

rows = [("a", 1), ("b", 2)]
d = {k: **v for k, v in rows}
print(d)
