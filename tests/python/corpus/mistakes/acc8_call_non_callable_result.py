# A variable shadows the function, then is called.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

factorial = factorial(5)
print(factorial)
print(factorial(6))
