# break inside a function but outside any loop.
def factorial(n):
    if n < 0:
        break
    return 1
