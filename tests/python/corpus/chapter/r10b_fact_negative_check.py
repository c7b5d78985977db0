# A check for negative input raising ValueError, caught.
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial() not defined for negative values: {n}')
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    results = await asyncio.gather(factorial(4), factorial(-2), factorial(3), return_exceptions=True)
    for r in results:
        print(repr(r))

asyncio.run(main())
