# A dict whose second item has no value.
print("start")

point = {"x": 1, "y"}
print(point)
