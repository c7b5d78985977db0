# The walrus used for a parameter's default.
def factorial(n, acc := 1):
    for i in range(2, n + 1):
        acc *= i
    return acc

print(factorial(5))
