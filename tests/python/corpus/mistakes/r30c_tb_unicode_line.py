# An error on a line with accented text before the failing call.
prices = {"café": 2.5, "thé": 1.8}
print("café:", prices["café"], "→ chocolat:", prices["chocolat"])
