# Manual and automatic field numbers mixed.
try:
    print("{0} and {}".format("a", "b"))
except ValueError as e:
    print("ValueError:", e)
print("{".format())
