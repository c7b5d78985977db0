# del of names and items that are not there
items = [1, 2, 3]
del items[1]
print(items)
try:
    del items[5]
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1}
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
del undefined_name
