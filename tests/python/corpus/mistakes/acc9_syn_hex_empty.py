# 0x with no digits.
print("start")

value = 0x
print(value)
