# An error on a line with accented text before the failing call.
# (kept short on purpose: the mistake is the point)
#
prices = {"café": 2.5, "thé": 1.8}
print("café:", prices["café"], "→ chocolat:", prices["chocolat"])
