# Mistake: a recursive factorial whose base case can never be reached for a float.
def factorial(n):
    if n == 0:
        return 1
    return n * factorial(n - 1)

print(factorial(5))
print(factorial(2.5))
