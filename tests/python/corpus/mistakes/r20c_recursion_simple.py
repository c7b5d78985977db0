# RecursionError with repeated lines collapsed
def countdown(n):
    return countdown(n - 1)

print("go")
countdown(10)
