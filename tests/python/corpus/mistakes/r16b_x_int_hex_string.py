# int() of a hexadecimal string without its base
print("== int hex string ==")
print(int("ff", 16))
print(int("0x1A", 0))
print(int("0x1A"))
