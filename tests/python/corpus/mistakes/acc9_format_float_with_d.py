# The d format code on a float.
print("start")

price = 3.14159
print(f"{price:.2f}")
print(f"{price:d}")
