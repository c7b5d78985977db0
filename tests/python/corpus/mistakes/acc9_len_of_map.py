# len() of a map object.
print("start")

values = map(int, ["1", "2"])
print(len(values))
