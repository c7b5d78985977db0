# The body of an async for not indented.
import asyncio

async def gen():
    yield 1

async def main():
    async for x in gen():
    print(x)

asyncio.run(main())
