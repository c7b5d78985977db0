# Mistake: a function with no return value compared with a number.
def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i

value = factorial(4)
print(value, value == 24, value is None)
if value > 20:
    print('big')
