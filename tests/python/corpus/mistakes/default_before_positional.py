# Mistake: a parameter without a default after one with a default.
def factorial(delay=0.1, n):
    return n

print(factorial(5))
