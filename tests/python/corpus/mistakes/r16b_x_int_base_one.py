# int() with an impossible base
print("== int base one ==")

print(int("101", 2))
print(int("101", base=1))
