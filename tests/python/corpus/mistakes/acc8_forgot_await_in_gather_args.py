# Awaiting the coroutines inside gather's arguments: they run one by one.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    results = await asyncio.gather(await factorial(3), await factorial(4))
    print(results)

asyncio.run(main())
