# Lowering the recursion limit and measuring how deep a recursion gets
import sys

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

sys.setrecursionlimit(100)
print("limit", sys.getrecursionlimit(), "reached", depth(0))

def countdown(n):
    return n if n == 0 else countdown(n - 1)

print(countdown(90))
print(countdown(120))
