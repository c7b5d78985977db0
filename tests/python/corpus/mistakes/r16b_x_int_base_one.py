# int() with an impossible base
print(int("101", 2))
print(int("101", base=1))
