# The warning told me to enable tracemalloc, so I did, and forgot the await again to see the traceback.
import asyncio
import tracemalloc

tracemalloc.start()


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    factorial(5)
    print("5! =", await factorial(5))


asyncio.run(main())
