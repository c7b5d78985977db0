# Mistake: a recursive factorial that forgets return in the recursive branch.
def factorial(n):
    if n <= 1:
        return 1
    n * factorial(n - 1)

print(factorial(1))
print(factorial(4))
print(factorial(4) + 1)
