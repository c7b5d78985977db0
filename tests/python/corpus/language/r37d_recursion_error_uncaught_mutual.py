# Mutual recursion without a base case hits the recursion limit; the traceback repeats two frames.
import sys

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(sys.getrecursionlimit())
print(is_even(10), is_odd(7))
print(is_even(-1))
