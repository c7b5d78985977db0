# An assignment written backwards in the factorial loop.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result * i = result
    return result

print(factorial(5))
