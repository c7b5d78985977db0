# Using !d as an f-string conversion, thinking it means decimal
count = 42
print(f"{count!r}")
print(f"{count!d} items")
# (a short program: the mistake is in the lines above)
