# Harness raises the recursion limit so a student's recursive async factorial of 1500 works.
import asyncio, sys, math

async def factorial(n):
    if n < 2:
        return 1
    if n % 500 == 0:
        await asyncio.sleep(0.01)
    return n * await factorial(n - 1)

def attempt(n):
    try:
        r = asyncio.run(factorial(n))
        return f'ok ({r.bit_length()} bits, correct={r == math.factorial(n)})'
    except RecursionError:
        return 'RecursionError'

print(600, attempt(600))
print(1500, attempt(1500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(4000)
print(1500, attempt(1500))
sys.setrecursionlimit(old)
print('limit restored:', sys.getrecursionlimit() == old)
