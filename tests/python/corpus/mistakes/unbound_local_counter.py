# Mistake: incrementing a global counter inside a function without global.
steps = 0

def factorial(n):
    result = 1
    for i in range(1, n + 1):
        steps += 1
        result *= i
    return result

print(factorial(5), steps)
