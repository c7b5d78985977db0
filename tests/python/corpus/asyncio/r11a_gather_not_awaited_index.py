import asyncio


async def square(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    results = asyncio.gather(square(2), square(3))
    print(type(results).__name__)
    print(results[0])


asyncio.run(main())
