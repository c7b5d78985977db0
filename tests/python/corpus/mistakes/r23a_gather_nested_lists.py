import asyncio

async def fetch(i):
    await asyncio.sleep(0)
    return i

async def main():
    batch1 = [fetch(1), fetch(2)]
    batch2 = [fetch(3)]
    results = await asyncio.gather(*batch1, batch2)
    print(results)

asyncio.run(main())
