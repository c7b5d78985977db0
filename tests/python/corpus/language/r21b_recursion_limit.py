# a recursive factorial without a base case hits RecursionError
def factorial(n):
    if n == 1:
        return 1
    return n * factorial(n - 1)
print(factorial(10))
print(len(str(factorial(500))))
import sys
print(sys.getrecursionlimit())
def bad_factorial(n):
    return n * bad_factorial(n - 1)
try:
    bad_factorial(5)
except RecursionError as e:
    print('RecursionError:', e)
bad_factorial(5)
