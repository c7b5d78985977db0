# int() with a base on a number.
value = 255
print(int("ff", 16))
print(int(value, 16))
