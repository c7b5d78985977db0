# Mistake: assigning to a function call.
def factorial(n):
    return n

factorial(5) = 120
