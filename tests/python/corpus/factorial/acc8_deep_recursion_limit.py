# A recursive factorial of 3000 after raising the recursion limit.
import sys

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

print(sys.getrecursionlimit())
try:
    factorial(1500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
sys.set_int_max_str_digits(20000)
r = factorial(3000)
print(len(str(r)), str(r)[:15])
