# max() of numbers mixed with a string.
print("start")

readings = [3, 7, "5", 1]
print(max(readings))
