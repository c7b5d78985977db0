# A coroutine function called with one argument too many inside gather.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n

async def main():
    numbers = [3, 4]
    results = await asyncio.gather(*[factorial(n, 0.1) for n in numbers])
    print(results)

asyncio.run(main())
