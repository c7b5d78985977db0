# A lambda given to map that fails when the list is made.
prices = ["1.5", "2", "n/a"]
floats = map(lambda p: float(p), prices)
print("mapped")
print(list(floats))
