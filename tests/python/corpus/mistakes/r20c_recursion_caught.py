# RecursionError caught, message and limit
import sys
def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(40))
print(count(100))
