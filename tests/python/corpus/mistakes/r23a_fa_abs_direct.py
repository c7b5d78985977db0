import asyncio

async def delta(a, b):
    await asyncio.sleep(0)
    return a - b

async def main():
    print("distance:", abs(delta(3, 10)))

asyncio.run(main())
