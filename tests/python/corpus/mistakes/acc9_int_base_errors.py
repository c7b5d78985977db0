# int() with bad bases.
print(int("ff", 16))
try:
    int("5", base=1)
except ValueError as e:
    print("ValueError:", e)
print(int("12", 2))
