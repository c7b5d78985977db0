import asyncio

async def numbers(n):
    for i in range(n):
        yield i
    return n

async def main():
    async for x in numbers(3):
        print(x)

asyncio.run(main())
