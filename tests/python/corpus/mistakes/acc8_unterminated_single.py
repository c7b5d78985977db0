# A string missing its closing quote on a print line.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

n = 5
print('The result is, n)
print("after")
