import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    coros = [fetch(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print(results)

asyncio.run(main())
