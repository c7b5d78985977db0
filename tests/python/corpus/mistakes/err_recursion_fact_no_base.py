import sys

def factorial(n):
    return n * factorial(n - 1)

print(sys.getrecursionlimit())
try:
    factorial(5)
except RecursionError as e:
    print(type(e).__name__, e)
print(factorial(3))
