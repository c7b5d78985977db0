# A recursive factorial that forgot its base case.
def factorial(n):
    return n * factorial(n - 1)

print(factorial(5))
