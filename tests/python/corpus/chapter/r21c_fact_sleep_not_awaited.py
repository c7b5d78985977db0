# Wrong: asyncio.sleep(0.1) not awaited in the loop.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    print(await asyncio.gather(factorial(3), factorial(4)))

asyncio.run(main())
