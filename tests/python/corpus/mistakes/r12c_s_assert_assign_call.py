# A test of the factorial written with = for ==.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

assert factorial(5) = 120
print("tests pass")
