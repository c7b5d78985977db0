# A base case that is never reached (n == 1 with an even step).
def factorial(n):
    if n == 1:
        return 1
    return n * factorial(n - 2)

print(factorial(5))
print(factorial(6))
