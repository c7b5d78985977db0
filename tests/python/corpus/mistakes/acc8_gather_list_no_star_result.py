# gather given a list: "unhashable" list error surfaces inside gather.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n

async def main():
    coros = [factorial(n) for n in range(3)]
    results = await asyncio.gather(coros)
    print(results)

asyncio.run(main())
