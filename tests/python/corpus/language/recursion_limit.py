# sys.setrecursionlimit and getrecursionlimit: deeper recursion, a lower limit, its errors.
import sys
def factorial(n):
    return 1 if n == 0 else n * factorial(n - 1)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(sys.getrecursionlimit(), depth())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(), len(str(factorial(1500))))
sys.setrecursionlimit(50)
print(depth())
for bad in ['x', 0, 2.5, 1]:
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__, e)
def f():
    sys.setrecursionlimit(2)
try:
    f()
except RecursionError as e:
    print(e)
sys.setrecursionlimit(1000)
import asyncio
async def afact(n):
    return 1 if n == 0 else n * await afact(n - 1)
async def main():
    print(len(str(await afact(1400))))
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        print(e)
sys.setrecursionlimit(2000)
asyncio.run(main())
sys.setrecursionlimit(1000)
factorial(1200)
