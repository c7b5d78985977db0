# An if condition whose parenthesis is never closed.
def factorial(n):
    if (n < 0 or n > 1000:
        raise ValueError(n)
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(5))
