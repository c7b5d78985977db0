# return with a value inside an async generator.
import asyncio

async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0.01)
        n -= 1
    return "liftoff"

async def main():
    async for x in countdown(3):
        print(x)

asyncio.run(main())
