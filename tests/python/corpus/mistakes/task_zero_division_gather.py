import asyncio

async def average(values):
    await asyncio.sleep(0.01)
    total = sum(values)
    return total / len(values)

async def main():
    data = {"a": [1, 2, 3], "b": [], "c": [4]}
    results = await asyncio.gather(*(average(v) for v in data.values()))
    print(results)

asyncio.run(main())
