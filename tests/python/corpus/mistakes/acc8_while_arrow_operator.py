# => written for >= in a while condition.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

n = 5
while n => 1:
    n -= 1
