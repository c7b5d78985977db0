# int() with a base on a number.
# (kept short on purpose: the mistake is the point)
value = 255
print(int("ff", 16))
print(int(value, 16))
