# Mistake: a recursive factorial without a base case never stops: RecursionError.
def factorial(n):
    return n * factorial(n - 1)

print('computing 5!')
print(factorial(5))
