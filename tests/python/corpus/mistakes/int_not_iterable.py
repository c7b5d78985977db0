# Mistake: looping over a number instead of range(number).
def factorial(n):
    result = 1
    for i in n:
        result *= i
    return result

print(factorial(5))
