# Assigning to a literal in a for loop target.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

for 1 in range(3):
    print("x")
