# warnings.warn inside the coroutine for a large input, then the result anyway
import asyncio
import warnings

async def factorial(n):
    if n > 20:
        warnings.warn(f'{n}! is large', UserWarning)
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.05)
    return f

async def main():
    results = await asyncio.gather(factorial(5), factorial(25), factorial(30))
    print([len(str(r)) for r in results])

asyncio.run(main())
