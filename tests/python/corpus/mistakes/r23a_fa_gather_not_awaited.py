import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    print("fetched", i)
    return i

async def main():
    results = asyncio.gather(fetch(1), fetch(2))
    print("results:", type(results).__name__)
    print("done")

asyncio.run(main())
