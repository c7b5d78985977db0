import sys

print(sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print(count(150))
print(count(250))
