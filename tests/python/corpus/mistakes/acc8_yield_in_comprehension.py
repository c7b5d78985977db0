# yield inside a list comprehension.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

def factorials(n):
    f = 1
    return [(yield f) for i in range(1, n + 1)]
