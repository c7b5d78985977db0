import asyncio

total = 0

async def add(n):
    await asyncio.sleep(0.01)
    total += n
    return total

async def main():
    results = await asyncio.gather(add(1), add(2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    await add(3)

asyncio.run(main())
