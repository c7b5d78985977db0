import asyncio

async def average(values):
    await asyncio.sleep(0)
    return sum(values) / len(values)

async def main():
    print("avg:", round(average([1, 2, 4]), 2))

asyncio.run(main())
