import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def main():
    coros = [square(i) for i in range(4)]
    results = await asyncio.gather(coros)
    print(results)

asyncio.run(main())
