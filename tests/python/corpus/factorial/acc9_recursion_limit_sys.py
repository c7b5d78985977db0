# A recursive factorial hits the recursion limit; sys.setrecursionlimit and an iterative fallback.
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(sys.getrecursionlimit())
print(len(str(fact(900))))
try:
    fact(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), fact(2500).bit_length())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(1000)
print(fact(1100))
