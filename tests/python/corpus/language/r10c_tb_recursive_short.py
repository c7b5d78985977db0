def countdown(n):
    if n == 0:
        return {}["done"]
    return countdown(n - 1)

def fact(n):
    return n * fact(n - 1)

try:
    fact(5)
except RecursionError as e:
    print(type(e).__name__, e)
countdown(3)
