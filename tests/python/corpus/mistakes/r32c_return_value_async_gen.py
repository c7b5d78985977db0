# An async generator that also tries to return a value at the end.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    return n

async def main():
    async for x in numbers(3):
        print(x)

asyncio.run(main())
