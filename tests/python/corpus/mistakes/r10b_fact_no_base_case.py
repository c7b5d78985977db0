# A recursive factorial with no base case.
def factorial(n):
    return n * factorial(n - 1)

print('Main - Starting')
print(factorial(5))
