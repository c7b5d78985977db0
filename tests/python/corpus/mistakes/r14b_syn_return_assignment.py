# Mistake: an assignment written after return (return total = total * i).
def factorial(n):
    total = 1
    for i in range(2, n + 1):
        total *= i
    return total = total


print(factorial(5))
