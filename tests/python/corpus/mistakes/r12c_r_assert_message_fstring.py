# An assert with an f-string message in the factorial's check.
import math

def factorial(n):
    result = 1
    for i in range(1, n):
        result *= i
    return result

for n in range(1, 5):
    expected = math.factorial(n)
    got = factorial(n)
    assert got == expected, f"factorial({n}) gave {got}, expected {expected}"
    print(n, "ok")
