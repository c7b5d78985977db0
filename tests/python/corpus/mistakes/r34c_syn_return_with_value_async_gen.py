# An async generator that also tries to return its total at the end
import asyncio

async def numbers():
    total = 0
    for i in range(3):
        total += i
        yield i
    return total

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
