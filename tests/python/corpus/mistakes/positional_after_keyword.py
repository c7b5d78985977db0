# Mistake: a positional argument after a keyword argument.
def factorial(n, delay):
    return n

print(factorial(delay=0.1, 5))
