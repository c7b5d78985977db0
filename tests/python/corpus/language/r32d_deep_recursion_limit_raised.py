# Raising the recursion limit to sum a long linked structure recursively, then going past it
import sys


def build(n):
    head = None
    for i in range(n):
        head = (i, head)
    return head


def rsum(node):
    return 0 if node is None else node[0] + rsum(node[1])


def depth(node):
    return 0 if node is None else 1 + depth(node[1])


print(sys.getrecursionlimit(), rsum(build(900)))
sys.setrecursionlimit(6000)
print(sys.getrecursionlimit(), rsum(build(5000)), depth(build(5500)))
try:
    rsum(build(7000))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(depth(build(2000)))
