# Student forgot to await gather and prints what comes back, then asyncio.run ends.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    results = asyncio.gather(factorial(3), factorial(4))
    print(type(results).__name__)
    print(isinstance(results, asyncio.Future), results.done())
    await asyncio.sleep(0.3)
    print(results.done(), results.result())


asyncio.run(main())
