# An f-string with a single '}' in it.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

n = 5
print(f"{n}! = {n * 24}}")
