n = 5
print(f"{n:>{width}")
