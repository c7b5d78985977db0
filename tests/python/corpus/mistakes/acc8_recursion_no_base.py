# A recursive factorial whose base case never triggers for negative input.
def factorial(n):
    if n == 0:
        return 1
    return n * factorial(n - 1)

print(factorial(5))
print(factorial(-1))
