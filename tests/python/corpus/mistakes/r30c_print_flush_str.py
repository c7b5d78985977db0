# print with flush given a string and end given a number.
print("a", flush="yes")
print("b", end="")
print()
print("c", end=5)
