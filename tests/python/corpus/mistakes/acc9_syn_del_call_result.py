# del of a method call.
print("start")

items = {"a": 1}
del items.pop("a")
print(items)
