# An assert with a message fails for a wrong factorial.
def factorial(n):
    result = 1
    for i in range(1, n):
        result *= i
    return result

assert factorial(1) == 1
assert factorial(5) == 120, f"factorial(5) returned {factorial(5)}"
