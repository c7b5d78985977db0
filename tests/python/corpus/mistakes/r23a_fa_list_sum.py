import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i * 10

async def main():
    results = [fetch(i) for i in range(3)]
    print("fetched", len(results), "items")
    print("total:", sum(results))

asyncio.run(main())
