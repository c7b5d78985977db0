import asyncio

async def fetch(i):
    await asyncio.sleep(0)
    return i * 2

async def main():
    coros = [fetch(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print(results)

asyncio.run(main())
