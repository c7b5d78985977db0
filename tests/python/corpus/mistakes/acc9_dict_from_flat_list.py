# dict() of a flat list of values.
pairs = ["a", 1, "b", 2]
try:
    print(dict(pairs))
except TypeError as e:
    print("TypeError:", e)
print(dict(["ab", "cde"]))
