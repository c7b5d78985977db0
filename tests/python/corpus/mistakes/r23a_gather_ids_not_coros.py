import asyncio

async def fetch(i):
    await asyncio.sleep(0)
    return i + 100

async def main():
    ids = range(3)
    results = await asyncio.gather(*ids)
    print(results)

asyncio.run(main())
