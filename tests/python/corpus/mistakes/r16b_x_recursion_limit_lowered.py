# sys.setrecursionlimit(50) and a recursion past it
import sys
print(sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def r(n): return r(n + 1)
r(0)
