# return inside a lambda.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

square = lambda x: return x * x
