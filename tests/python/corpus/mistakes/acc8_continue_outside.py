# continue in an if at module level.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

x = 3
if x > 2:
    continue
