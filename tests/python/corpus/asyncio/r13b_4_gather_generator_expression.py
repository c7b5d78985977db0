import asyncio

async def square(x):
    await asyncio.sleep(0.001 * x)
    return x * x

async def main():
    gen = (square(x) for x in range(5))
    print(await asyncio.gather(*gen))
    print(await asyncio.gather(*gen))
    nums = [3, 1, 2]
    print(await asyncio.gather(*map(square, nums)))

asyncio.run(main())
