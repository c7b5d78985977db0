# results = results.sort() and then indexing None.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    results = await asyncio.gather(factorial(3), factorial(1))
    results = results.sort()
    print(results)
    print(results[0])

asyncio.run(main())
