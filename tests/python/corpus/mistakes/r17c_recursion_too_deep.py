# A recursive factorial of a big number: RecursionError, with the repeated lines folded
def factorial(n):
    if n == 0:
        return 1
    return n * factorial(n - 1)


print(factorial(10))
print(factorial(5000))
