# An exception thrown into an async generator escapes through async for
import asyncio

async def source():
    n = 0
    while True:
        await asyncio.sleep(0)
        n += 1
        if n == 3:
            raise OSError("sensor disconnected")
        yield n

async def consume():
    total = 0
    async for v in source():
        total += v
    return total

async def main():
    print(await consume())

asyncio.run(main())
