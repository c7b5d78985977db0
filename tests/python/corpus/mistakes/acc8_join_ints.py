# str.join of a list of ints.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

results = [1, 2, 6, 24]
print(", ".join(str(r) for r in results))
print(", ".join(results))
