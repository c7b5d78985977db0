# int() of a float with a base.
print("start")

print(int("ff", 16))
print(int(2.5, 10))
