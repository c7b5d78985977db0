# ** inside a list display.
print("start")

a = {"x": 1}
items = [**a]
print(items)
