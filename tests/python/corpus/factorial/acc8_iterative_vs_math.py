# Checking one's own factorial against math.factorial for a range of n.
import math

def factorial(n):
    if n < 0:
        raise ValueError("negative")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

bad = [n for n in range(0, 300) if factorial(n) != math.factorial(n)]
print("mismatches:", bad)
print(all(factorial(n) % factorial(n - 1) == 0 for n in range(1, 50)))
print(factorial(25) / factorial(23), factorial(25) // factorial(23))
print(math.comb(10, 3), factorial(10) // (factorial(3) * factorial(7)))
print(math.perm(6, 2))
try:
    factorial(-3)
except ValueError as err:
    print(repr(err))
try:
    math.factorial(-3)
except ValueError as err:
    print(repr(err))
