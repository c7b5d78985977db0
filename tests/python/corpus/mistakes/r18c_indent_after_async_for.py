import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    total = 0
    async for value in numbers(5):
    total += value
    print(total)


asyncio.run(main())
