# nonlocal at module level.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

count = 0
nonlocal count
