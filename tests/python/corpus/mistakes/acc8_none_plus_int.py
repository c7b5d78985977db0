# A helper that forgot to return is used in arithmetic.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    print(result)

total = factorial(3) + factorial(4)
