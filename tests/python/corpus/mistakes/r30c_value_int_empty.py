# int() of an empty string after a split.
# (kept short on purpose: the mistake is the point)
line = "4,8,,15"
parts = line.split(",")
print([int(p) for p in parts])
