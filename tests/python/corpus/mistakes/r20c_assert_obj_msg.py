# assert message that is not a string
data = {"k": 1}
assert data["k"] == 1, data
assert data["k"] == 2, ("mismatch", data)
# (end of the program)
