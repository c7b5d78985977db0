data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    print("missing, using default " + 0)
