import asyncio

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    results = asyncio.gather(double(1), double(2))
    for r in results:
        print(r)

asyncio.run(main())
