# A recursive async factorial.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def main():
    results = await asyncio.gather(factorial(5), factorial(7), factorial(3), factorial(6))
    print(results)

asyncio.run(main())
