# The program stops with sys.exit("message") when an input is invalid.
import asyncio
import sys


async def factorial(n):
    if n < 0:
        sys.exit(f"error: cannot compute {n}!")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    print("4! =", await factorial(4))
    print("-1! =", await factorial(-1))


try:
    asyncio.run(main())
finally:
    print("cleanup in finally")
