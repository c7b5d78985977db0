# Exit the program from inside a task with sys.exit and a message when the input is bad.
import asyncio
import sys


async def factorial(n):
    if n < 0:
        sys.exit(f"error: {n} is negative, giving up")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    for n in [5, 3, -1, 6]:
        print(f"{n}! = {await factorial(n)}")


try:
    asyncio.run(main())
finally:
    print("cleanup ran")
